"""``mojibake``: UTF-8 text that was decoded with the wrong code page."""

from __future__ import annotations

import functools
import re

from ..chars import BIDI_CONTROLS, INVISIBLE
from ..lines import fix_lines, lazy_re, lazy_regex

TYPE_CHECKING = False  # (not typing's: importing typing costs start-up time)
if TYPE_CHECKING:
    from typing import Any

# --- UTF-8 read as latin-1 or windows-1252 (what browsers do): ftfy's encoding fixer -------------

#: The windows-1252 characters for bytes 0x80-0x9F (latin-1 gives the C1 controls there instead).
_CP1252_HIGH = bytes(range(0x80, 0xA0)).decode("cp1252", errors="ignore")
#: A UTF-8 lead byte (0xC2-0xF4) followed by a continuation byte (0x80-0xBF), both read as
#: latin-1 or windows-1252: "Ø§" is ا, "Û’" is ے. Correct text almost never has this pair.
_LATIN_TRIGGER_RE = lazy_re(f"[\u00c2-\u00f4][\u0080-\u00bf{_CP1252_HIGH}]")

# --- The Arabic block read with a single-byte code page: re-decoded on evidence -----------------
#
# ftfy's heuristics are tuned on Latin text and miss short Arabic mojibake ("Ú¯Û’" for گے), and it
# does not handle windows-1256 (Arabic Windows) at all. Every Urdu letter is two bytes in UTF-8, a
# lead byte 0xD8-0xDB and a continuation byte 0x80-0xBF; read with a single-byte code page each
# becomes a pair of characters. A run of such pairs with only ASCII between them is re-encoded with
# that code page and decoded as UTF-8, when it carries enough evidence.


def _byte_char(byte: int, codec: str) -> str:
    try:
        return bytes([byte]).decode(codec)
    except UnicodeDecodeError:
        return chr(byte)  # undefined in the code page: browsers pass it through as latin-1 does


#: Continuations that real Urdu can write after ط ظ ع غ: Arabic-block characters, NBSP, ZWNJ, ZWJ.
_NOT_EVIDENCE_RE = lazy_re("[\u0600-\u06ff\u00a0\u200c\u200d]")


class _CodePage:
    """A single-byte code page as decoders apply it "sloppily": undefined bytes read as latin-1."""

    def __init__(self, codec: str, arabic_is_evidence: bool) -> None:
        chars = [_byte_char(b, codec) for b in range(256)]
        self.to_bytes = {ord(c): b for b, c in enumerate(chars)}  # str.translate to code points < 256
        leads = re.escape("".join(chars[0xD8:0xDC]))
        continuations = "".join(chars[0x80:0xC0])
        pair = f"[{leads}][{re.escape(continuations)}]"
        self.run = lazy_re(f"{pair}(?:[ -~]*{pair})*")
        if not arabic_is_evidence:
            continuations = "".join(c for c in continuations if not _NOT_EVIDENCE_RE.match(c))
        self.evidence = lazy_re(f"[{leads}][{re.escape(continuations)}]")
        self.leads, self.evidence_continuations = leads, re.escape(continuations)


#: Which pairs are evidence. In latin-1 and windows-1252 every pair is ("Ø§" for ا: real text
#: never writes Ø, Ù, Ú or Û before a C1 control or one of these symbols). In windows-1256 the
#: leads read ط ظ ع غ and some continuations read as Urdu letters (پ ٹ چ ژ ڈ گ ک ڑ ں ھ): real Urdu
#: can hold "طھ" or "عک", so only pairs whose second character is not Arabic count ("ط§" for ا).
#: (Built at first use, not at import: decoding every byte with three codecs costs start-up time.)
@functools.cache
def _code_pages() -> tuple[_CodePage, ...]:
    return (
        _CodePage("latin-1", arabic_is_evidence=True),
        _CodePage("cp1252", arabic_is_evidence=True),
        _CodePage("cp1256", arabic_is_evidence=False),
    )


#: A run needs this many evidence pairs to be re-decoded: short sequences stay as written.
MIN_EVIDENCE = 3
_ARABIC_BLOCK_RE = lazy_re("[\u0600-\u06ff]")
_STRAY_INVISIBLE_RE = lazy_re(f"[{INVISIBLE.replace(chr(0xAD), '')}{BIDI_CONTROLS}]|(?<![\u00c2-\u00f4])\u00ad")
_LONE_NBSP_RE = lazy_re("(?<![\u00c2-\u00f4])\u00a0")
#: What no real repair produces: unassigned codepoints and C1 control characters.
_NOT_TEXT_RE = lazy_regex(r"[\p{Cn}\x80-\x9f]")
@functools.cache
def quiet_chars() -> str:
    """The characters (a regex class's body) without which a line has no mojibake this step
    repairs: each pair either repair needs ends with one (a continuation of some code page)."""
    return "\u0080-\u00bf" + re.escape(_CP1252_HIGH) + "".join(cp.evidence_continuations for cp in _code_pages())


#: One scan that every kind of mojibake above must pass: clean text costs this and nothing more.
#: (The continuation comes first in the pattern: those characters are rare in Urdu, so the regex
#: engine skips ahead fast, and tests the lead before it only where one is found.)
@functools.cache
def _gate() -> re.Pattern[str]:
    leads = "".join(cp.leads for cp in _code_pages())
    return re.compile(f"[{quiet_chars()}](?<=[\u00c2-\u00f4{leads}].)")


def _redecode_line(line: str) -> str:
    for cp in _code_pages():
        line = cp.run.sub(lambda m, cp=cp: _redecode(m[0], cp), line)  # type: ignore[misc]
    return line


def _redecode(run: str, cp: _CodePage) -> str:
    if len(cp.evidence.findall(run)) < MIN_EVIDENCE:
        return run
    try:
        text = run.translate(cp.to_bytes).encode("latin-1").decode("utf-8")
    except UnicodeError:
        return run  # not UTF-8 after all: leave it as it is
    return text if _ARABIC_BLOCK_RE.search(text) else run


def _fix_latin(line: str) -> str:
    import ftfy  # deferred: only lines that look like mojibake pay for importing it

    # ftfy judges a sequence by its neighbours, so an invisible character that the invisibles
    # step removes later could change its verdict on the next run: judge the line without them
    # (a soft hyphen after a lead byte is the continuation byte 0xAD of a letter, and stays);
    # a no-break space becomes a plain space there for the same reason, unless it follows a lead
    bare = _LONE_NBSP_RE.sub(" ", _STRAY_INVISIBLE_RE.sub("", line))
    fixed = _fixed(ftfy, bare)
    for _ in range(3):  # (each pass removes soft hyphens: a few at most)
        now = bare if fixed is None else fixed
        if "\u00ad" not in now:
            break
        # the soft hyphens the repair left are no letter's bytes: the invisibles step removes
        # them, and the next run reads the line without them (à + SHY + ¡\x81), as this one must
        again = _fixed(ftfy, now.replace("\u00ad", ""))
        if again is None:
            break
        fixed = again
    return line if fixed is None else fixed


def _fixed(ftfy: Any, text: str) -> str | None:
    """ftfy's repair of ``text``, or None: nothing to repair, or a decoding into unassigned
    codepoints or C1 controls."""
    fixed = ftfy.fix_encoding(text)
    return None if fixed == text or _NOT_TEXT_RE.search(fixed) else fixed


def mojibake(text: str) -> str:
    """Repair text that was UTF-8 but was decoded with the wrong code page.

    - Read as latin-1 or windows-1252 (what browsers do): ftfy's encoding fixer repairs it, and
      nothing else of ftfy runs (no quote uncurling, HTML unescaping or width folding).
    - What ftfy leaves of Arabic-block mojibake, and text read as windows-1256 (Arabic Windows,
      which ftfy does not handle): a run of two-character pairs is re-decoded only on strong
      evidence, three pairs at least that real text never writes (in windows-1256, ط ظ ع or غ
      followed by a symbol), because short sequences of the same characters are real Urdu too.

    Each line is judged on its own; a line with nothing that looks like mojibake is not touched.

    >>> mojibake("Ù¾Ø§Ú©Ø³ØªØ§Ù†") == "پاکستان"
    True
    >>> mojibake("ع©غŒط§ ط­ط§ظ„ غپغ’طں") == "کیا حال ہے؟"
    True
    >>> mojibake("طھ غں")  # real Urdu letter pairs, no evidence
    'طھ غں'
    """
    gate = _gate()
    if gate.search(text) is None:
        return text
    # the gate's hits are the lines to read: every pair either repair needs is one of them (its
    # pattern holds every code page's leads and continuations, the latin-1 pairs among them), and
    # a line without evidence comes back from each repair as it was; so one fast scan of the text
    # instead of one a repair (and three that test every ط and ع)
    return fix_lines(text, gate, _fix_line)


def _fix_line(line: str) -> str:
    if _LATIN_TRIGGER_RE.search(line) is not None:
        line = _fix_latin(line)
    return _redecode_line(line)
