"""Starting a SparkSession: local masters bound to loopback, workers on this interpreter."""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Mapping
from typing import TYPE_CHECKING

from ..errors import SparkNotInstalled

if TYPE_CHECKING:
    from pyspark.sql import SparkSession

INSTALL_HINT = "the spark commands need PySpark: install eventwire[spark] (pip install 'eventwire[spark]')"
LOCAL_SHUFFLE_PARTITIONS = 8
# The JVM of a local run only schedules: Python does the work. The quick JIT tier and the serial
# collector halved the wall time of the merge of a few mentions on two cores (46 vs 70 s, 34 vs 94 s
# on a loaded machine); the optimising JIT never pays back within such jobs.
LOCAL_JAVA_OPTIONS = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
# Set by spark-submit's Python runner in the driver it starts: the master then comes from spark-submit.
_SUBMITTED_ENV = "PYSPARK_GATEWAY_PORT"


def require_pyspark() -> None:
    """Raise SparkNotInstalled unless PySpark can be imported."""
    try:
        importlib.import_module("pyspark.sql")
    except ImportError as error:
        raise SparkNotInstalled(INSTALL_HINT) from error


def spark_session(
    master: str | None = None, app_name: str = "eventwire", conf: Mapping[str, str] | None = None
) -> SparkSession:
    """The active SparkSession, or a new one on `master` (default local[*] unless run by spark-submit).

    `conf` adds Spark settings (they take effect only when this call starts the session).
    """
    require_pyspark()
    from pyspark.sql import SparkSession

    if master is None and _SUBMITTED_ENV not in os.environ:
        master = "local[*]"
    builder = SparkSession.builder.appName(app_name)
    if master is not None:
        builder = builder.master(master)
    if master is not None and master.startswith("local"):
        # PySpark starts local workers with $PYSPARK_PYTHON, else python3 (which may lack eventwire);
        # an empty value counts as unset.
        os.environ["PYSPARK_PYTHON"] = os.environ.get("PYSPARK_PYTHON") or sys.executable
        # A local run talks to itself only: no UI port, nothing listening beyond loopback, and the
        # Python workers run this interpreter.
        builder = (
            builder.config("spark.ui.enabled", "false")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.pyspark.python", os.environ["PYSPARK_PYTHON"])
            # 200 shuffle partitions (the default) is cluster sizing: on one machine it is mostly task overhead.
            .config("spark.sql.shuffle.partitions", str(LOCAL_SHUFFLE_PARTITIONS))
            .config("spark.driver.extraJavaOptions", LOCAL_JAVA_OPTIONS)
        )
        builder = builder.config("spark.ui.showConsoleProgress", "false")
    for key, value in (conf or {}).items():
        builder = builder.config(key, value)
    return builder.getOrCreate()
