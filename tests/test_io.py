import io

import pytest

from urdu_clean.io import InputError, atomic_writer, read_chunks


def test_chunks_end_at_line_breaks_and_lose_nothing():
    text = "".join(f"سطر {i}\n" for i in range(500)) + "آخری"
    chunks = list(read_chunks(io.BytesIO(text.encode()), name="t", block_size=7))
    assert "".join(chunks) == text
    assert all(c.endswith("\n") for c in chunks[:-1])


def test_error_offset_counts_bytes_held_across_blocks():
    data = "ایک\n".encode() * 10 + b"\xd9\x00"
    for size in (1, 2, 3, 5, 64):
        with pytest.raises(InputError, match=r"byte 70 \(line 11\)"):
            list(read_chunks(io.BytesIO(data), name="f", block_size=size))


def test_error_offset_after_a_bom():
    with pytest.raises(InputError, match=r"byte 4 "):
        list(read_chunks(io.BytesIO(b"\xef\xbb\xbfa\xff"), name="f"))


def test_atomic_writer_leaves_file_on_error(tmp_path):
    target = tmp_path / "t.txt"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError):
        with atomic_writer(target) as f:
            f.write(b"new")
            raise RuntimeError("boom")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["t.txt"]
    with atomic_writer(target) as f:
        f.write(b"new")
    assert target.read_bytes() == b"new"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_urdu_in_utf_16_without_a_bom_is_named_as_such(codec):
    from urdu_clean.io import sniff_encoding

    assert sniff_encoding("کتاب اور قلم، یہ ہے\n".encode(codec)) == codec  # (its bytes once read as cp1256)
    assert sniff_encoding("plain English\n".encode(codec)) == codec


def test_binary_is_not_taken_for_utf_16():
    import random

    from urdu_clean.io import _hint, sniff_encoding

    r = random.Random(0)
    data = b"\x7fELF\x02\x01\x01\x00" + bytes(r.randrange(256) for _ in range(200)) + b"\x00" * 64
    assert sniff_encoding(data) is None
    assert "binary" in _hint(data, "utf-8")


def test_a_read_error_names_the_input():
    class Failing(io.RawIOBase):
        def readable(self):
            return True

        def readinto(self, b):
            raise OSError(5, "Input/output error")

    with pytest.raises(InputError, match="mem.txt: cannot be read: Input/output error"):
        list(read_chunks(io.BufferedReader(Failing()), name="mem.txt"))
