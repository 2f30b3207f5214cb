"""Nuke script text (.nk) as nodes and their knobs.

A .nk file is TCL-like: each line is a command and its words; a word is bare, "quoted" (with
backslash escapes) or {braced} (kept as written, nested braces and all); [brackets] inside a bare
word hold a TCL command and may hold spaces. 'Class { knob value ... }' makes a node; a Group's
nodes follow it up to 'end_group'. 'set', 'push', 'version' and the like are read or passed over.
"""
import re

from scene_error import at_line, in_file

# Top-level commands that take a {braced} value but make no node.
NOT_NODES = frozenset(["define_window_layout_xml", "add_layer", "clone"])
GROUPS = frozenset(["Group", "LiveGroup"])
_SPACE = re.compile(r"[ \t\r\f]*")
_STRING_END = re.compile(r'[^"\\]*(?:\\.[^"\\]*)*"')
_PLAIN = re.compile(r'[^\s\[\\]+')
_BRACES = re.compile(r"\\.|[{}]")
_BRACKETS = re.compile(r"\\.|[\[\]]")
_STRING_ESCAPES = {"n": "\n", "t": "\t", "\\": "\\"}
_ESCAPE = re.compile(r"\\(.)", re.DOTALL)
_WORD_ESCAPES = frozenset('[]{}"$; ')


class Token(object):
    """A word: kind ('word', 'string' or 'brace'), its text (escapes undone; a brace's inside as
    written) and its line."""

    __slots__ = ("kind", "text", "line")

    def __init__(self, kind, text, line):
        self.kind = kind
        self.text = text
        self.line = line


class Node(object):
    """A node: its class, line, knobs ({name: Knob}, read from its braces when first asked for:
    most nodes of a script are never looked into) and the Groups it is inside (outermost
    first)."""

    def __init__(self, path, node_class, line, body, groups):
        self.path = path
        self.node_class = node_class
        self.line = line
        self.groups = groups
        self._body = body
        self._knobs = None

    @property
    def knobs(self):
        if self._knobs is None:
            self._knobs = knobs(self.path, self._body)
        return self._knobs

    @property
    def name(self):
        knob = self.knobs.get("name")
        return knob.text() if knob else self.node_class

    def text(self, knob_name, default=None):
        knob = self.knobs.get(knob_name)
        return knob.text() if knob and knob.values else default


class Knob(object):
    """A knob's values (Token objects) and its line."""

    __slots__ = ("name", "values", "line")

    def __init__(self, name, values, line):
        self.name = name
        self.values = values
        self.line = line

    def text(self):
        return self.values[0].text if self.values else ""

    def is_expression(self):
        return bool(self.values) and self.values[0].kind == "brace"


class NukeScript(object):
    """The nodes of a script in order, and its 'version' line."""

    def __init__(self, path):
        self.path = path
        self.nodes = []
        self.version = None
        self.warnings = []

    def root(self):
        for node in self.nodes:
            if node.node_class == "Root" and not node.groups:
                return node
        return None


def parse(path, text):
    """The script's nodes. Raises SceneError for text that is not a whole Nuke script."""
    script = NukeScript(path)
    groups = []
    for line, tokens in lines(path, text, 1):
        head = tokens[0].text if tokens[0].kind == "word" else None
        if head == "version":
            script.version = " ".join(t.text for t in tokens[1:])
        elif head == "end_group":
            if groups:
                groups.pop()
            else:
                script.warnings.append(u"line %d: end_group closes no Group" % line)
        elif head and head not in NOT_NODES and len(tokens) == 2 and tokens[1].kind == "brace":
            node = Node(path, head, line, tokens[1], list(groups))
            script.nodes.append(node)
            if head in GROUPS:
                groups.append(node)
    if groups:
        raise at_line(path, groups[-1].line,
                      u"the %s '%s' that starts here has no end_group: the file is cut short; "
                      u"save the script from Nuke again" % (groups[-1].node_class, groups[-1].name))
    return script


def knobs(path, brace):
    """The knobs inside a node's braces, by name."""
    found = {}
    for line, tokens in lines(path, brace.text, brace.line):
        found[tokens[0].text] = Knob(tokens[0].text, tokens[1:], line)
    return found


def lines(path, text, first_line):
    """Yields (line, tokens) for each command in the text; '#' lines are comments.

    The text is read a line at a time, and a brace, string or bracket that goes on past its line
    is followed onto the next ones (a regular expression over the whole text would copy all of it
    on every call in Jython).
    """
    source = text.split("\n")
    index, column = 0, 0
    tokens = []
    start_line = first_line
    while index < len(source):
        line = source[index]
        column = _SPACE.match(line, column).end()
        if column >= len(line):
            if tokens:
                yield start_line, tokens
                tokens = []
            index, column = index + 1, 0
            continue
        char = line[column]
        if char == "#" and not tokens:
            index, column = index + 1, 0
            continue
        if not tokens:
            start_line = first_line + index
        here = first_line + index
        if char == "{":
            inside, (index, column) = _closing(path, source, index, column, "{", "}", here)
            tokens.append(Token("brace", inside[1:-1], here))
        elif char == '"':
            inside, (index, column) = _string(path, source, index, column, here)
            tokens.append(Token("string", _unescape_string(inside[1:-1]), here))
        else:
            word, (index, column) = _bare_word(path, source, index, column, here)
            tokens.append(Token("word", word, here))
    if tokens:
        yield start_line, tokens


def _closing(path, source, index, column, opening, closing, line_number):
    """The text from the opening character at (index, column) to its closing one, included,
    and the position after it. Backslashes escape the next character."""
    pattern = _BRACES if opening == "{" else _BRACKETS
    depth = 0
    first, start = index, column
    while index < len(source):
        line = source[index]
        if opening in line or closing in line or "\\" in line:
            for match in pattern.finditer(line, column):
                char = match.group(0)
                if char.startswith("\\"):
                    continue
                depth += 1 if char == opening else -1
                if depth == 0:
                    if index == first:
                        return line[start:match.end()], (index, match.end())
                    return "\n".join([source[first][start:]] + source[first + 1:index]
                                     + [line[:match.end()]]), (index, match.end())
        index, column = index + 1, 0
    raise at_line(path, line_number, u"the '%s' here is never closed: the file is cut short, or "
                                     u"a '%s' is missing" % (opening, closing))


def _string(path, source, index, column, line_number):
    """The quoted string from (index, column), quotes included, and the position after it."""
    parts = []
    start = column
    match = _STRING_END.match(source[index], column + 1)
    while match is None:
        parts.append(source[index][start:])
        index, start = index + 1, 0
        if index >= len(source):
            raise at_line(path, line_number, u"a string starts here and is never closed: the "
                                             u"file is cut short, or a '\"' is missing")
        match = _STRING_END.match(source[index], 0)
    parts.append(source[index][start:match.end()])
    return "\n".join(parts), (index, match.end())


def _bare_word(path, source, index, column, line_number):
    """A bare word from (index, column): its text and the position after it. [..] may hold
    spaces and go on to the next lines."""
    parts = []
    line = source[index]
    while column < len(line):
        plain = _PLAIN.match(line, column)
        if plain:
            parts.append(plain.group(0))
            column = plain.end()
            continue
        char = line[column]
        if char == "\\" and column + 1 < len(line):
            following = line[column + 1]
            parts.append(following if following in _WORD_ESCAPES else "\\" + following)
            column += 2
        elif char == "\\":
            parts.append(char)
            column += 1
        elif char == "[":
            inside, (index, column) = _closing(path, source, index, column, "[", "]",
                                               line_number)
            parts.append(inside)
            line = source[index]
        else:
            break
    return "".join(parts), (index, column)


def _unescape_string(text):
    if "\\" not in text:
        return text
    return _ESCAPE.sub(lambda m: _STRING_ESCAPES.get(
        m.group(1), m.group(1) if m.group(1) in _WORD_ESCAPES else "\\" + m.group(1)), text)


def signature_problem(path, text):
    """Why this text is not a Nuke script, as a SceneError, or None when it looks like one."""
    if "\0" in text[:4000]:
        return in_file(path, u"is not a Nuke script: it is binary, and a Nuke script is text")
    for raw in text[:65536].splitlines():
        stripped = raw.strip()
        if not stripped:
            continue
        if stripped.startswith("#!"):
            if "nuke" in stripped.lower():
                return None
            continue
        if re.match(r"(version\s+\d|Root\s*\{|set\s+cut_paste_input\b)", stripped):
            return None
        return in_file(path, u"is not a Nuke script: it starts with '%s', and a Nuke script "
                             u"starts with '#! .../nuke -nx', 'version 14.0 v5' or 'Root {'"
                       % stripped[:40])
    return in_file(path, u"is empty: a Nuke script has a Root node and Write nodes")
