"""Entry point for spark-submit: `spark-submit .../eventwire/spark/__main__.py extract --input ... --output ...`."""

from eventwire.cli_spark import spark_group

if __name__ == "__main__":
    spark_group(prog_name="eventwire spark")
