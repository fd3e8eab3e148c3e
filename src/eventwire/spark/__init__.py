"""Extraction and cross-article merge as PySpark jobs (the `spark` extra: pip install eventwire[spark]).

PySpark is imported only inside the functions of this package, so `eventwire` works without it;
`require_pyspark` turns its absence into `SparkNotInstalled`.

    from eventwire.spark import spark_session
    from eventwire.spark.extract import ExtractSettings, extract_to_parquet
    from eventwire.spark.merge import merge_to_parquet

    spark = spark_session("local[2]")
    extract_to_parquet(spark, ["articles/a.txt", "articles/b.txt"], "out/extracted", ExtractSettings())
    merge_to_parquet(spark, "out/extracted", "out/events")
"""

from .session import require_pyspark, spark_session

__all__ = ["require_pyspark", "spark_session"]
