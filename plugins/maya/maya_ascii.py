"""Maya ASCII text as MEL statements.

A .ma file is a MEL script: statements end with ';' and may span lines; strings are in double
quotes with backslash escapes; long strings are written as ("part" + "part"); '//' starts a
comment. statements() cuts the text into Statement objects without looking inside most of them
(a scene can hold millions of numbers), and Statement.words() splits one into Word objects when
its contents matter.
"""
import re

from scene_error import at_line, in_file

_STRING = r'"[^"\\]*(?:\\.[^"\\]*)*"'
# Within one line: a whole string, a string that goes on past the line, a ';', a comment.
_SCAN = re.compile(r'%s|"|;|//.*' % _STRING)
_STRING_END = re.compile(r'[^"\\]*(?:\\.[^"\\]*)*"')
_SIGNIFICANT = re.compile(r'\s*(?://.*)?')
_COMMAND = re.compile(r'[A-Za-z_]\w*')
_WORD = re.compile(r'''
    (?P<space>\s+)
  | (?P<comment>//[^\n]*)
  | (?P<string>%s)
  | (?P<open>\()
  | (?P<close>\))
  | (?P<bare>[^\s"()]+)
''' % _STRING, re.VERBOSE)
_FLAG = re.compile(r'-[A-Za-z]')
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\"}


class Word(object):
    """One word of a statement: its text (a string's text without quotes, escapes undone),
    whether it was quoted, and its line."""

    __slots__ = ("text", "quoted", "line")

    def __init__(self, text, quoted, line):
        self.text = text
        self.quoted = quoted
        self.line = line

    def is_flag(self):
        """An unquoted -name: a flag, not a negative number."""
        return not self.quoted and _FLAG.match(self.text) is not None

    def __repr__(self):
        return "Word(%r, quoted=%r, line=%d)" % (self.text, self.quoted, self.line)


class Statement(object):
    """One statement: its command (createNode, setAttr...) and first line. Its text is cut from
    the file only when asked for, as most statements are passed over."""

    __slots__ = ("command", "line", "path", "_lines", "_start", "_end")

    def __init__(self, command, path, lines, start, end):
        self.command = command
        self.line = start[0] + 1
        self.path = path
        self._lines = lines
        self._start = start
        self._end = end

    def head(self, size):
        """The first characters of the statement, on its first line."""
        line, column = self._start
        return self._lines[line][column:column + size]

    @property
    def text(self):
        (first, column), (last, end) = self._start, self._end
        if first == last:
            return self._lines[first][column:end]
        return "\n".join([self._lines[first][column:]] + self._lines[first + 1:last]
                         + [self._lines[last][:end]])

    def words(self):
        """The statement's words after the command."""
        return list(_words(self.path, self.text, self.line))[1:]


def statements(path, text):
    """Yields the statements of a Maya ASCII text, in order.

    The text is read a line at a time (a scene can be gigabytes of numbers, and a regular
    expression over the whole text would be slow). Raises SceneError naming the line of a string
    that is never closed, or of a last statement that has no ';' (a file cut short).
    """
    lines = text.split("\n")
    after = (0, 0)  # where the text after the last ';' starts
    string_line = None  # the line a string that goes on past its line started on
    for number, line in enumerate(lines):
        position = 0
        if string_line is not None:
            end = _STRING_END.match(line)
            if end is None:
                continue
            string_line = None
            position = end.end()
        elif ";" not in line and '"' not in line and "/" not in line:
            continue  # most lines of a scene are numbers
        for match in _SCAN.finditer(line, position):
            token = match.group(0)
            if token == ";":
                statement = _statement(path, lines, after, (number, match.start()))
                if statement is not None:
                    yield statement
                after = (number, match.end())
            elif token == '"':
                string_line = number
                break
    if string_line is not None:
        raise at_line(path, string_line + 1, u"a string starts here and is never closed: the file "
                                             u"is cut short, or a '\"' is missing")
    start = _first_word(lines, after, (len(lines) - 1, len(lines[-1])))
    if start is not None:
        shown = " ".join(lines[start[0]][start[1]:].split()[:2])
        raise at_line(path, start[0] + 1, u"the statement '%s ...' has no ';' before the file "
                                          u"ends: the file is cut short; save the scene from "
                                          u"Maya again" % shown)


def _statement(path, lines, after, end):
    start = _first_word(lines, after, end)
    if start is None:
        return None
    command = _COMMAND.match(lines[start[0]], start[1])
    return Statement(command.group(0) if command else "", path, lines, start, end)


def _first_word(lines, start, end):
    """Where the first character that is not space or comment is, between start and end."""
    line, column = start
    while (line, column) < end:
        stop = end[1] if line == end[0] else len(lines[line])
        skipped = _SIGNIFICANT.match(lines[line], column, stop).end()
        if skipped < stop:
            return line, skipped
        line, column = line + 1, 0
    return None


def _words(path, text, line):
    """The words of one statement's text; ("a" + "b") joined into one quoted word."""
    position = 0
    group = None
    while position < len(text):
        match = _WORD.match(text, position)
        if match is None:
            # only an opening quote without its closing one gets here
            raise at_line(path, line, u"a string starts here and is never closed: the file is cut "
                                      u"short, or a '\"' is missing")
        kind = match.lastgroup
        value = match.group(0)
        if kind == "string":
            word = Word(_unescape(value[1:-1]), True, line)
            if group is not None:
                group.append(word)
            else:
                yield word
        elif kind == "open":
            group = []
        elif kind == "close" and group is not None:
            strings = [w for w in group if w.quoted]
            if strings and len(strings) == len([w for w in group if w.text != "+"]):
                yield Word(u"".join(w.text for w in strings), True, group[0].line)
            else:
                for word in group:
                    yield word
            group = None
        elif kind == "bare":
            word = Word(value, False, line)
            if group is not None:
                group.append(word)
            else:
                yield word
        line += value.count("\n")
        position = match.end()
    if group:
        for word in group:
            yield word


def _unescape(text):
    if "\\" not in text:
        return text
    return re.sub(r'\\(.)', lambda m: _ESCAPES.get(m.group(1), "\\" + m.group(1)), text)


def header_problem(path, data):
    """Why these bytes are not a Maya ASCII scene, as a SceneError, or None when they are."""
    if data.startswith("//Maya"):
        return None
    if data[:4] in ("FOR4", "FOR8", "CAT4", "CAT8"):
        return in_file(path, u"is a Maya binary scene, which Farmhand cannot read: save it as "
                             u"Maya ASCII (.ma) in Maya")
    first = data.split("\n", 1)[0][:40].decode("latin-1").strip()
    return in_file(path, u"is not a Maya ASCII scene: its first line must start with '//Maya' "
                         u"(as in '//Maya ASCII 2024 scene'), not '%s'" % first)


def read_text(path):
    """The text of a Maya ASCII file, decoded as its '//Codeset:' line says (UTF-8 when it says
    nothing), and a list of warnings. Raises SceneError when it cannot be read or is not one."""
    try:
        with open(path, "rb") as f:
            data = f.read()
    except IOError as e:
        raise in_file(path, u"cannot be read: %s" % e.strerror)
    problem = header_problem(path, data)
    if problem is not None:
        raise problem
    codeset = re.search(r"^//Codeset: *(\S+)", data[:2000], re.MULTILINE)
    encoding = "utf-8"
    if codeset:
        name = codeset.group(1)
        encoding = "cp" + name if name.isdigit() else name
    try:
        return data.decode(encoding), []
    except (UnicodeDecodeError, LookupError):
        return data.decode("latin-1"), [u"%s: its text is not %s as its '//Codeset:' line says; "
                                         u"read as Latin-1, so names with accents may be wrong"
                                         % (path, encoding)]
