"""Spark column functions on ``pandas_udf``: clean a text column, or split it into sentences.

``pip install 'urdu_clean[spark]'`` (pyspark with pandas and pyarrow; Spark needs a Java runtime)::

    from pyspark.sql import SparkSession
    from urdu_clean.integrations.spark import clean_column, sentences_column

    spark = SparkSession.builder.getOrCreate()
    df = spark.read.json("urdu.jsonl")
    df = df.withColumn("text", clean_column("text", preset="web"))
    df = df.withColumn("sentences", sentences_column("text"))

Each call builds one :class:`~urdu_clean.Pipeline` on the driver; Spark pickles it with the
function to every executor. Rows arrive in Arrow batches, and each batch is cleaned in a few
pipeline calls rather than one per row. pyspark is imported when a function is called, not when
this module is.
"""

from typing import Any

from ..pipeline import Pipeline
from ..segment import sentences as split_sentences
from . import clean_many, resolve


def _pyspark() -> Any:
    try:
        from pyspark.sql import functions
    except ImportError as e:
        raise ImportError("urdu_clean's Spark functions need pyspark: pip install 'urdu_clean[spark]'") from e
    return functions


def clean_column(col: Any, *, pipeline: Pipeline | None = None, preset: str = "default", **options: Any) -> Any:
    """A Spark ``Column``: ``col`` (a name or a ``Column``) cleaned; nulls stay null.

    Give either ``pipeline`` or a ``preset`` with step options (``digits="ascii"``).
    """
    import pandas as pd

    functions = _pyspark()
    p = resolve(pipeline, preset, options)

    def clean_series(texts: pd.Series) -> pd.Series:
        given = texts.tolist()  # a null arrives as None or NaN
        present = [i for i, t in enumerate(given) if isinstance(t, str)]
        values: list[str | None] = [None] * len(given)
        for i, text in zip(present, clean_many(p, [given[i] for i in present])):
            values[i] = text
        return pd.Series(values, index=texts.index, dtype=object)

    return functions.pandas_udf(clean_series, returnType="string")(col)


def sentences_column(col: Any, *, wrapped: bool = False, comma: bool = False) -> Any:
    """A Spark ``Column`` of ``array<string>``: the sentences of ``col`` (see :func:`urdu_clean.sentences`).

    Splitting does not clean: apply it to a column that :func:`clean_column` made. A null text
    has no sentences (an empty array).
    """
    import pandas as pd

    functions = _pyspark()

    def split_series(texts: pd.Series) -> pd.Series:
        return pd.Series(
            [split_sentences(t, wrapped=wrapped, comma=comma) if isinstance(t, str) else [] for t in texts.tolist()],
            index=texts.index, dtype=object,
        )

    return functions.pandas_udf(split_series, returnType="array<string>")(col)
