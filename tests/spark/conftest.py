"""One local[2] SparkSession per test session (PySpark comes with the spark extra, which the lock installs)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest


@pytest.fixture(scope="session")
def spark() -> Iterator[Any]:
    """A SparkSession on local[2], bound to loopback, without UI; stopped at the end of the session."""
    pytest.importorskip("pyspark")
    from eventwire.spark import spark_session

    session = spark_session("local[2]", "eventwire tests")
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()
