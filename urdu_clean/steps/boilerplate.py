"""``boilerplate``: page chrome around an Urdu text (share prompts, bylines, comment forms).

The one step that removes lines, so it is the one step that looks beyond a single line: it needs
to know where a line stands in the document. It still never touches a line that holds Urdu prose.
"""

from __future__ import annotations

from ..chars import ARABIC_LETTER
from ..lines import lazy_regex

#: Characters that decorate chrome lines: arrows, bullets, separators, trailing punctuation.
_DECORATION = " \t\r>»<«|*•·#:：-–—=_~.!،۔"

#: Whole lines that are page chrome wherever they stand (after the decoration is stripped),
#: in English, Urdu, Arabic and Hindi. Each is a complete line, never a prefix of prose.
CHROME_LINES = [
    # English: links, sharing, comment forms, newsletters, cookie notices, navigation
    r"source link|source|read more|continue reading|read the full (story|article)|also read.{0,80}",
    r"leave a (reply|comment)|post a comment|add a comment|\d+ comments?|no comments( yet)?|comments?",
    r"your email address will not be published.{0,80}|required fields are marked.{0,20}",
    r"share( this)?( (article|post|story|page))?|share (on|via) .{1,30}|tweet|pin it|like this",
    r"(related|recommended|popular|trending)( (posts?|articles?|stories|news|videos?))?|you may also like",
    r"join our .{0,60}(group|channel|community|page).{0,60}|follow us( on .{1,40})?",
    r"subscribe( (now|to our newsletter|to our channel))?|sign up( for (our|the) newsletter)?|newsletter",
    r"(this (site|website) uses|we use) cookies.{0,150}|accept( all)?( cookies)?|cookie (policy|settings)",
    r"privacy policy|terms (of (use|service)|and conditions)|all rights reserved.{0,60}|copyright.{0,80}|©.{0,80}",
    r"skip to (main )?content|advertisement|sponsored( content)?|previous (post|article)|next (post|article)",
    r"tags?: .{0,120}|filed under.{0,120}|posted (in|on|by) .{0,60}|click here.{0,60}",
    # Urdu
    r"یہ بھی (پڑھیں|پڑھیے|دیکھیں)|مزید (پڑھیں|پڑھیے)|متعلقہ (خبریں|مضامین)|اشتہار|اشتہارات",
    r"شیئر کریں|اس خبر کو شیئر کریں|تبصرہ کریں|تبصرے|اپنی رائے کا اظہار کریں|ہمیں فالو کریں",
    r"سبسکرائب کریں|ہمارا (واٹس ایپ|یوٹیوب|فیس بک) چینل (جوائن|فالو) کریں",
    # Arabic and Hindi, which Urdu pages carry from shared templates
    r"اقرأ أيضا|اقرأ أيضاً|شارك|यह भी पढ़ें|और पढ़ें|शेयर करें",
]
#: Lines that are chrome only in a block at the start or end of a document (bylines, dates,
#: bare links), where a short line without Urdu is expected to be page furniture.
EDGE_LINES = [
    r"by [\w.'’ -]{1,40}|posted by .{1,40}|written by .{1,40}|author: .{1,40}|reporter: .{1,40}",
    r"(updated|published)( on)?:? .{1,40}|\w+ \d{1,2}, \d{4}.{0,20}|\d{1,2} \w+ \d{4}.{0,20}",
    r"https?://\S+|www\.\S+|photo: .{1,60}|image: .{1,60}|file photo|home|menu|search|print|email",
]

#: A heading that lists other articles: the short headline lines right under it are chrome too.
RELATED_HEADINGS = r"یہ بھی (پڑھیں|پڑھیے)|also read"
#: A line under a related-articles heading longer than this, or ending a sentence, is prose.
MAX_HEADLINE = 120

_CHROME_RE = lazy_regex("(?i)(?:" + "|".join(CHROME_LINES) + ")")
_EDGE_RE = lazy_regex("(?i)(?:" + "|".join(CHROME_LINES + EDGE_LINES) + ")")
_RELATED_RE = lazy_regex("(?i)(?:" + RELATED_HEADINGS + ")")
_ARABIC_LETTER_RE = lazy_regex(ARABIC_LETTER)
_LETTER_RE = lazy_regex(r"\p{L}")
#: Below this share of Arabic-script letters a document is not Urdu and keeps every line.
MIN_URDU_SHARE = 0.5


def _core(line: str) -> str:
    # judged with runs of spaces as one: the whitespace step, which runs later, collapses them
    return _SPACES_RE.sub(" ", line).strip(_DECORATION)


_SPACES_RE = lazy_regex(r"[ \t]{2,}")


def _is_chrome(line: str) -> bool:
    return bool(_core(line)) and _CHROME_RE.fullmatch(_core(line)) is not None


def _is_edge_chrome(line: str) -> bool:
    return bool(_core(line)) and _EDGE_RE.fullmatch(_core(line)) is not None


def _has_urdu(line: str) -> bool:
    return _ARABIC_LETTER_RE.search(line) is not None


def _headlines_under(lines: list[str], i: int, last: int) -> list[int]:
    """The lines of a related-articles block under the heading at ``i``: every line up to the next
    blank line, if each is a headline (short, not ending a sentence); else none of them."""
    block = []
    for j in range(i + 1, last + 1):
        line = lines[j].strip()
        if not line:
            break
        if len(line) > MAX_HEADLINE or line.endswith(("۔", ".")):
            return []  # a sentence under the heading: the text goes on, only the heading is chrome
        block.append(j)
    return block


def _related_blocks(lines: list[str], last: int) -> dict[int, list[int]]:
    """Each related-articles heading ("یہ بھی پڑھیں") and the headline lines under it."""
    return {
        i: _headlines_under(lines, i, last)
        for i in range(last + 1)
        if "بھی" in lines[i] or "read" in lines[i].lower()  # a cheap test before the pattern
        if _RELATED_RE.fullmatch(_core(lines[i]))
    }


def _edge_block(lines: list[str], order: range, related: set[int]) -> list[int]:
    """Indexes of the chrome block at one edge: chrome and blank lines up to the first other line.

    The block is dropped only if one of its lines is known chrome. A line that is not chrome ends
    the block, in any language: an English quotation before "Source link" is the text's own.
    """
    block, evidence = [], False
    for i in order:
        line = lines[i]
        if not line.strip():
            block.append(i)
        elif i in related or _is_edge_chrome(line):
            block.append(i)
            evidence = True
        else:
            break
    return block if evidence else []


def boilerplate(text: str) -> str:
    """Drop whole lines that are page chrome around an Urdu text.

    - Anywhere: a line that is exactly a known chrome phrase ("Leave a Reply", "Source link",
      "Join our … group", "Your email address will not be published…", "یہ بھی پڑھیں"), in
      English, Urdu, Arabic or Hindi. In the middle of a stream only these count, since
      ``cat *.txt | urdu-clean`` joins documents.
    - A related-articles block: the heading "یہ بھی پڑھیں" / "یہ بھی پڑھیے" ("Also read") with the
      headline lines right under it, up to the next blank line, goes as a whole; if a line under
      it is a sentence (ends with ۔ or ., or is longer than 120 characters), only the heading goes.
    - In a block of chrome and blank lines at the start or end of the text: also the lines that
      are chrome only there (bylines such as "By hassani", dates, bare links), and the blank lines
      that separated the block from the text. The block ends at the first other line.
    - Never: prose in any language (an English quotation before "Source link" stays), a line
      with Urdu words other than a chrome phrase or a related headline, or anything at all in a
      text whose content (its lines that are not known chrome) is mostly not Urdu.

    Idempotent: what is left holds no chrome to drop. ``--explain`` lists the dropped lines.

    >>> boilerplate("پہلی سطر۔\\n\\nLeave a Reply\\nBy hassani\\n") == "پہلی سطر۔\\n"
    True
    >>> boilerplate("خبر۔\\n\\nیہ بھی پڑھیں:\\nنئی سڑک کھل گئی\\n\\nخبر جاری ہے۔\\n") == "خبر۔\\n\\nخبر جاری ہے۔\\n"
    True
    >>> boilerplate("Leave a Reply\\nBy hassani\\n")  # not an Urdu text: nothing is dropped
    'Leave a Reply\\nBy hassani\\n'
    """
    if not _ARABIC_LETTER_RE.search(text):
        return text
    lines = text.split("\n")
    # is it an Urdu text? judged on its content: the lines that are not known chrome
    content = "\n".join(line for line in lines if not _is_edge_chrome(line))
    # counted without a list of every letter (a 50 MB line would need gigabytes for it)
    if _ARABIC_LETTER_RE.subn("", content)[1] < MIN_URDU_SHARE * _LETTER_RE.subn("", content)[1]:
        return text
    last = len(lines) - 1
    if lines[last] == "":  # the text ends with a newline: that is not an empty last line
        last -= 1
    blocks = _related_blocks(lines, last)
    related = set(blocks).union(*blocks.values())
    drop = set(_edge_block(lines, range(0, last + 1), related))
    drop |= set(_edge_block(lines, range(last, -1, -1), related))
    for i in range(1, last):
        if i not in drop and _is_chrome(lines[i]):
            block = [i, *blocks.get(i, ())]
            drop.update(block)
            # between two blank lines, it would leave two where the text had one: keep one
            after = block[-1] + 1
            if not lines[i - 1].strip() and after <= last and not lines[after].strip() and i - 1 not in drop:
                drop.add(after)
    if not drop or len(drop) > last:  # nothing to drop, or nothing but chrome: keep it all
        return text
    kept = "\n".join(line for i, line in enumerate(lines) if i not in drop)
    if last in drop and lines[-1] != "":
        kept += "\n"  # the last kept line had its newline: it keeps it
    return kept
