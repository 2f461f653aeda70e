"""Meaning by embedding: the mean of a small word-embedding model's token vectors.

The model is WordLlama's 256-dimension ``l2_supercat`` table (32,000 tokens, fp16) and its
tokenizer, both shipped inside the ``wordllama`` wheel. They are read from that package's
directory with ``safetensors`` and ``tokenizers``, without importing ``wordllama`` (which
configures logging at import and would fetch a missing file over the network): nothing is
ever downloaded. The model loads on first use, once per process; ``import sorabrief``
loads neither numpy nor the tokenizer. A text's vector is remembered, and likeness is
rounded to 4 decimals, so it never depends on the order texts are asked for.
"""

from __future__ import annotations

import functools
import importlib.util
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Sequence

WEIGHTS = "weights/l2_supercat_256.safetensors"
TOKENIZER = "tokenizers/l2_supercat_tokenizer_config.json"


def model_dir() -> Path:
    """The installed ``wordllama`` package's directory, found without importing it."""
    spec = importlib.util.find_spec("wordllama")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the wordllama package, which holds the embedding model, is missing")
    return Path(next(iter(spec.submodule_search_locations)))


@functools.cache
def _model() -> tuple[Any, Any]:
    """The token table (float16, as shipped) and the tokenizer, loaded once."""
    from safetensors.numpy import load_file
    from tokenizers import Tokenizer

    folder = model_dir()
    table = load_file(str(folder / WEIGHTS))["embedding.weight"]
    tokenizer = Tokenizer.from_file(str(folder / TOKENIZER))
    tokenizer.no_truncation()
    tokenizer.no_padding()
    return table, tokenizer


@functools.lru_cache(maxsize=1 << 16)
def vector(text: str) -> Any:
    """The normalised mean of a text's token vectors, summed in double precision (zeros
    for a text with no tokens)."""
    import numpy as np

    table, tokenizer = _model()
    ids = tokenizer.encode(text, add_special_tokens=False).ids
    if not ids:
        return np.zeros(table.shape[1])
    mean = table[np.clip(ids, 0, table.shape[0] - 1)].astype(np.float64).mean(axis=0)
    norm = float(np.linalg.norm(mean))
    return mean / norm if norm else mean


def likeness(a: str, b: str) -> float:
    """The cosine of two texts' vectors, rounded to 4 decimals."""
    return round(float(vector(a) @ vector(b)), 4)


def best_likeness(text: str, others: Sequence[str]) -> float:
    """The best cosine of a text with any of ``others`` (0 when there are none), rounded
    to 4 decimals."""
    if not others:
        return 0.0
    return round(float((_matrix(tuple(others)) @ vector(text)).max()), 4)


@functools.lru_cache(maxsize=1 << 10)
def _matrix(texts: tuple[str, ...]) -> Any:
    """The vectors of some texts, one a row: a status's words, asked again for every
    newer sentence."""
    import numpy as np

    return np.stack([vector(t) for t in texts])
