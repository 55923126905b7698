"""urdu_clean in Spark: clean_column and sentences_column on a local SparkSession.

pyspark (several hundred MB) is not in the test extras: this test runs where pyspark and a Java
runtime are installed (``pip install -e '.[spark]'`` and, on Debian, ``apt-get install
openjdk-17-jre-headless``) and is skipped elsewhere.
"""

from __future__ import annotations

import os
import shutil
import sys

import pytest
from documents import damaged_documents

pytest.importorskip("pyspark", reason="pyspark is not installed (kept out of the test extras): pip install -e '.[spark]'")
if not (shutil.which("java") or os.environ.get("JAVA_HOME")):
    pytest.skip("Spark needs a Java runtime: no java on PATH and no JAVA_HOME", allow_module_level=True)

from urdu_clean import Pipeline, sentences  # noqa: E402
from urdu_clean.integrations.spark import clean_column, sentences_column  # noqa: E402


@pytest.fixture(scope="module")
def spark():
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # workers import urdu_clean from this venv
    session = (SparkSession.builder.master("local[2]").appName("urdu_clean-test")
               .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate())
    yield session
    session.stop()


def test_clean_and_split_columns(spark):
    texts = damaged_documents() * 2
    rows = [(i, t) for i, t in enumerate(texts)] + [(len(texts), None)]
    df = spark.createDataFrame(rows, "id long, text string").repartition(2)
    search = Pipeline.from_preset("search")
    out = (df.withColumn("clean", clean_column("text", pipeline=search))
             .withColumn("sentences", sentences_column("clean"))
             .orderBy("id").collect())
    assert [r.id for r in out] == list(range(len(rows)))
    assert [r.clean for r in out] == [search(t) for t in texts] + [None]
    assert [r.sentences for r in out] == [sentences(search(t)) for t in texts] + [[]]


def test_preset_and_options(spark):
    df = spark.createDataFrame([("۱۲ كتب",)], "text string")
    assert df.select(clean_column(df.text, digits="ascii").alias("t")).first().t == "12 کتب"
