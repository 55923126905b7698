"""``mojibake``: UTF-8 text that was decoded with the wrong code page."""

from __future__ import annotations

import re

from ..lines import fix_lines

# --- UTF-8 read as latin-1 or windows-1252 (what browsers do): ftfy's encoding fixer -------------

#: The windows-1252 characters for bytes 0x80-0x9F (latin-1 gives the C1 controls there instead).
_CP1252_HIGH = bytes(range(0x80, 0xA0)).decode("cp1252", errors="ignore")
#: A UTF-8 lead byte (0xC2-0xF4) followed by a continuation byte (0x80-0xBF), both read as
#: latin-1 or windows-1252: "Ø§" is ا, "Û’" is ے. Correct text almost never has this pair.
_LATIN_TRIGGER_RE = re.compile(f"[\u00c2-\u00f4][\u0080-\u00bf{_CP1252_HIGH}]")

# --- UTF-8 read as windows-1256 (windows-arabic), which ftfy does not handle ---------------------

#: In windows-1256, the UTF-8 lead bytes of the Arabic block (0xD8-0xDB) read as ط ظ ع غ and the
#: continuation bytes (0x80-0xBF) as a mix of symbols and a few Urdu letters (پ ٹ چ ژ ڈ گ ک ڑ ں ھ).
_CP1256_LEADS = bytes(range(0xD8, 0xDC)).decode("cp1256")
_CP1256_CONTINUATIONS = bytes(range(0x80, 0xC0)).decode("cp1256")
_PAIR = f"[{_CP1256_LEADS}][{re.escape(_CP1256_CONTINUATIONS)}]"
#: A run of such pairs with only ASCII (spaces, digits, Latin punctuation) between them.
_CP1256_RUN_RE = re.compile(f"{_PAIR}(?:[ -~]*{_PAIR})*")
#: Pairs whose second character is no Arabic letter ("ط§" for ا) are the evidence: real Urdu
#: can hold "طھ" or "عک", but never ط followed by "§". A run needs this many to be re-decoded.
MIN_EVIDENCE = 3
_EVIDENCE_RE = re.compile(f"[{_CP1256_LEADS}][^\u0600-\u06ff\u00a0\u200c\u200d]")
_ARABIC_BLOCK_RE = re.compile("[\u0600-\u06ff]")


def _redecode_cp1256(m: re.Match[str]) -> str:
    run = m[0]
    if len(_EVIDENCE_RE.findall(run)) < MIN_EVIDENCE:
        return run
    try:
        text = run.encode("cp1256").decode("utf-8")
    except UnicodeError:
        return run  # not UTF-8 after all: leave it as it is
    return text if _ARABIC_BLOCK_RE.search(text) else run


def _fix_latin(line: str) -> str:
    import ftfy  # deferred: only lines that look like mojibake pay for importing it

    return ftfy.fix_encoding(line)


def mojibake(text: str) -> str:
    """Repair text that was UTF-8 but was decoded with the wrong code page.

    - Read as latin-1 or windows-1252 (what browsers do): ftfy's encoding fixer repairs it, and
      nothing else of ftfy runs (no quote uncurling, HTML unescaping or width folding).
    - Read as windows-1256 (Arabic Windows), which ftfy does not handle: a run is re-decoded only
      on strong evidence, at least three pairs that real Urdu never writes (ط or ظ or ع or غ
      followed by a symbol), because short sequences of the same characters are real Urdu too.

    Each line is judged on its own; a line with nothing that looks like mojibake is not touched.

    >>> mojibake("Ù¾Ø§Ú©Ø³ØªØ§Ù†") == "پاکستان"
    True
    >>> mojibake("ع©غŒط§ ط­ط§ظ„ غپغ’طں") == "کیا حال ہے؟"
    True
    >>> mojibake("طھ غں")  # real Urdu letter pairs, no evidence
    'طھ غں'
    """
    if _LATIN_TRIGGER_RE.search(text) is not None:
        text = fix_lines(text, _LATIN_TRIGGER_RE, _fix_latin)
    return fix_lines(text, _CP1256_RUN_RE, lambda line: _CP1256_RUN_RE.sub(_redecode_cp1256, line))
