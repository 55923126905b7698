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

_CHROME_RE = lazy_regex("(?i)(?:" + "|".join(CHROME_LINES) + ")")
_EDGE_RE = lazy_regex("(?i)(?:" + "|".join(CHROME_LINES + EDGE_LINES) + ")")
_ARABIC_LETTER_RE = lazy_regex(ARABIC_LETTER)
_LETTER_RE = lazy_regex(r"\p{L}")
#: An edge-block line longer than this is a paragraph, not furniture.
MAX_EDGE_LINE = 150
#: Below this share of Arabic-script letters a document is not Urdu and keeps every line.
MIN_URDU_SHARE = 0.5


def _core(line: str) -> str:
    return line.strip(_DECORATION)


def _is_chrome(line: str) -> bool:
    return bool(_core(line)) and _CHROME_RE.fullmatch(_core(line)) is not None


def _is_edge_chrome(line: str) -> bool:
    return bool(_core(line)) and _EDGE_RE.fullmatch(_core(line)) is not None


def _has_urdu(line: str) -> bool:
    return _ARABIC_LETTER_RE.search(line) is not None


def _edge_block(lines: list[str], order: range) -> list[int]:
    """Indexes of the chrome block at one edge: non-Urdu (or chrome) lines up to the first prose.

    The block is dropped only if one of its lines is known chrome; then every short non-Urdu line
    in it goes too ("By hassani" after "Leave a Reply"), and the blank lines around them.
    """
    block, evidence = [], False
    for i in order:
        line = lines[i]
        if not line.strip():
            block.append(i)
        elif _is_edge_chrome(line):
            block.append(i)
            evidence = True
        elif not _has_urdu(line) and len(line) <= MAX_EDGE_LINE:
            block.append(i)
        else:
            break
    return block if evidence else []


def boilerplate(text: str) -> str:
    """Drop whole lines that are page chrome around an Urdu text.

    - Anywhere: a line that is exactly a known chrome phrase ("Leave a Reply", "Source link",
      "Join our … group", "Your email address will not be published…", "یہ بھی پڑھیں"), in
      English, Urdu, Arabic or Hindi. In the middle of a stream only these count, since
      ``cat *.txt | urdu-clean`` joins documents.
    - In a block at the start or end of the text that holds at least one such line: also the
      other short lines without Urdu (bylines such as "By hassani", dates, bare links), and the
      blank lines that separated the block from the text.
    - Never: a line with Urdu words (other than a chrome phrase), a line longer than 150
      characters in an edge block, or anything at all in a text whose content (its lines that
      are not known chrome) is mostly not Urdu.

    Idempotent: what is left holds no chrome to drop. ``--explain`` lists the dropped lines.

    >>> boilerplate("پہلی سطر۔\\n\\nLeave a Reply\\nBy hassani\\n") == "پہلی سطر۔\\n"
    True
    >>> boilerplate("Leave a Reply\\nBy hassani\\n")  # not an Urdu text: nothing is dropped
    'Leave a Reply\\nBy hassani\\n'
    """
    if not _ARABIC_LETTER_RE.search(text):
        return text
    lines = text.split("\n")
    # is it an Urdu text? judged on its content: the lines that are not known chrome
    content = "\n".join(line for line in lines if not _is_edge_chrome(line))
    if len(_ARABIC_LETTER_RE.findall(content)) < MIN_URDU_SHARE * len(_LETTER_RE.findall(content)):
        return text
    last = len(lines) - 1
    if lines[last] == "":  # the text ends with a newline: that is not an empty last line
        last -= 1
    drop = set(_edge_block(lines, range(0, last + 1)))
    drop |= set(_edge_block(lines, range(last, -1, -1)))
    for i in range(1, last):
        if i not in drop and _is_chrome(lines[i]):
            drop.add(i)
            # between two blank lines, it would leave two where the text had one: keep one
            if not lines[i - 1].strip() and not lines[i + 1].strip() and i - 1 not in drop:
                drop.add(i + 1)
    if not drop or len(drop) > last:  # nothing to drop, or nothing but chrome: keep it all
        return text
    kept = "\n".join(line for i, line in enumerate(lines) if i not in drop)
    if last in drop and lines[-1] != "":
        kept += "\n"  # the last kept line had its newline: it keeps it
    return kept
