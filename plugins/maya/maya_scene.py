"""The parts of a Maya ASCII scene that say what a render needs.

parse() reads the statements and keeps: the nodes of the types asked for (and Maya's shared
render nodes, such as defaultRenderGlobals) with the attributes set on them; the references
(file -r, file -rdi); the required plug-ins (requires); the time unit (currentUnit -t); and the
file info (fileInfo). setAttr applies to the node made or selected last (createNode,
select -ne :name), or to the node it names ("perspShape.rnd"). Other statements are skipped
without being looked into.
"""
import re

from maya_ascii import statements
from scene_error import at_line

# Maya's own nodes that every scene has; a scene selects them (select -ne :name) to set them.
SHARED_NODES = {
    "defaultRenderGlobals": "renderGlobals",
    "defaultResolution": "resolution",
    "time1": "time",
    "defaultArnoldDriver": "aiAOVDriver",
}
_FIRST_STRING = re.compile(r'"([^"\\]*)')
_BOOLEANS = {"yes": True, "on": True, "true": True, "1": True,
             "no": False, "off": False, "false": False, "0": False}
# setAttr flags that take a value; every other flag takes none.
_SETATTR_FLAGS = frozenset(["-k", "-keyable", "-l", "-lock", "-s", "-size", "-cb", "-channelBox",
                            "-ca", "-caching", "-type", "-typ"])


class Attribute(object):
    """An attribute as a setAttr set it: its values (Word objects) and the line."""

    __slots__ = ("name", "values", "line")

    def __init__(self, name, values, line):
        self.name = name
        self.values = values
        self.line = line


class Node(object):
    """A node: its type, name, parent (or None), the line that made it and its attributes."""

    def __init__(self, node_type, name, parent, line):
        self.type = node_type
        self.name = name
        self.parent = parent
        self.line = line
        self.attributes = {}

    def attribute(self, names):
        """The attribute by any of its names (short or long: a scene may use both), as the scene
        set it last, or None."""
        found = [self.attributes[name] for name in names if name in self.attributes]
        return max(found, key=lambda attribute: attribute.line) if found else None


class Reference(object):
    """A file -r or file -rdi statement: the path as written, its line, whether it says -dr 1
    (deferred), its reference node (-rfn), whether it is a depth-info line (-rdi) and its file
    type (mayaAscii, mayaBinary, Alembic...)."""

    def __init__(self, written, line, deferred, node, depth_info, file_type):
        self.written = written
        self.line = line
        self.deferred = deferred
        self.node = node
        self.depth_info = depth_info
        self.file_type = file_type


class MayaScene(object):
    """What parse() kept of one scene."""

    def __init__(self, path):
        self.path = path
        self.nodes = []
        self.by_name = {}
        self.references = []
        self.requires = []
        self.time_unit = None
        self.time_unit_line = None
        self.file_info = {}

    def nodes_of_type(self, node_type):
        return [node for node in self.nodes if node.type == node_type]

    def node(self, name):
        return self.by_name.get(name)

    def add(self, node):
        self.nodes.append(node)
        self.by_name[node.name] = node
        return node


def parse(path, text, node_types):
    """The scene in `text`, keeping the nodes whose type is in node_types."""
    scene = MayaScene(path)
    current = None
    for statement in statements(path, text):
        command = statement.command
        if command == "setAttr":
            current_or_named = _target_of(statement, scene, current)
            if current_or_named is not None:
                _set_attribute(statement, scene, current_or_named)
        elif command == "createNode":
            current = _create_node(statement, scene, node_types)
        elif command == "select":
            current = _select(statement, scene)
        elif command == "file":
            _reference(statement, scene)
        elif command == "requires":
            _requires(statement, scene)
        elif command == "currentUnit":
            _current_unit(statement, scene)
        elif command == "fileInfo":
            words = [w.text for w in statement.words() if w.quoted]
            if len(words) == 2:
                scene.file_info[words[0]] = words[1]
    return scene


def _target_of(statement, scene, current):
    """The node a setAttr sets, found without reading the whole statement; None to skip it."""
    first = _FIRST_STRING.search(statement.head(400))
    if first is None or first.group(1).startswith("."):
        return current
    return _named(scene, first.group(1).split(".", 1)[0], statement.line)


def _set_attribute(statement, scene, target):
    words = statement.words()
    name = None
    values = []
    index = 0
    while index < len(words):
        word = words[index]
        if word.is_flag():
            index += 2 if word.text in _SETATTR_FLAGS else 1
            continue
        if name is None:
            name = word.text
        else:
            values.append(word)
        index += 1
    if name is None:
        return
    node = target
    if not name.startswith("."):
        node_name, _, name = name.partition(".")
        node = _named(scene, node_name, statement.line)
        if node is None:
            return
    node.attributes[name.lstrip(".")] = Attribute(name.lstrip("."), values, statement.line)


def _create_node(statement, scene, node_types):
    words = statement.words()
    flags = _flags(words, ("-n", "-name", "-p", "-parent"))
    plain = flags.pop(None, [])
    if not plain:
        return None
    node_type = plain[0].text
    if node_type not in node_types:
        return None
    name = _value(flags, "-n", "-name")
    parent = _value(flags, "-p", "-parent")
    return scene.add(Node(node_type, _node_name(name.text) if name else node_type,
                          _node_name(parent.text) if parent else None, statement.line))


def _select(statement, scene):
    names = [w.text for w in statement.words() if not w.is_flag()]
    if not names:
        return None
    return _named(scene, names[-1], statement.line)


def _named(scene, written, line):
    """The kept node a statement names, Maya's shared nodes made on first mention; or None."""
    name = _node_name(written)
    node = scene.node(name)
    if node is None and name in SHARED_NODES:
        node = scene.add(Node(SHARED_NODES[name], name, None, line))
    return node


def _reference(statement, scene):
    words = statement.words()
    flags = _flags(words, ("-rdi", "-referenceDepthInfo", "-ns", "-namespace", "-rfn",
                           "-referenceNode", "-dr", "-deferReference", "-op", "-options", "-typ",
                           "-type", "-rpr", "-renamingPrefix", "-shd", "-sharedNodes"))
    if not any(f in flags for f in ("-r", "-reference", "-rdi", "-referenceDepthInfo")):
        return
    plain = flags.get(None, [])
    if not plain:
        raise at_line(scene.path, statement.line, u"this file -r statement names no file: write "
                                                  u"the referenced scene's path last, in quotes")
    deferred = _value(flags, "-dr", "-deferReference")
    file_type = _value(flags, "-typ", "-type")
    node = _value(flags, "-rfn", "-referenceNode")
    written = re.sub(r"\{\d+\}$", "", plain[-1].text)
    scene.references.append(Reference(written, statement.line,
                                      deferred is not None and deferred.text in ("1", "true"),
                                      node.text if node else None,
                                      "-rdi" in flags or "-referenceDepthInfo" in flags,
                                      file_type.text if file_type else None))


def _requires(statement, scene):
    flags = _flags(statement.words(), ("-nodeType", "-nt", "-dataType", "-dt"))
    plain = [w.text for w in flags.get(None, [])]
    if len(plain) >= 2:
        scene.requires.append((plain[-2], plain[-1]))


def _current_unit(statement, scene):
    flags = _flags(statement.words(), ("-l", "-linear", "-a", "-angle", "-t", "-time"))
    unit = _value(flags, "-t", "-time")
    if unit is not None:
        scene.time_unit = unit.text
        scene.time_unit_line = statement.line


def _flags(words, with_value):
    """The words by flag: {flag: its value word, or True}; the other words under None."""
    flags = {}
    index = 0
    while index < len(words):
        word = words[index]
        if word.is_flag():
            if word.text in with_value and index + 1 < len(words):
                flags[word.text] = words[index + 1]
                index += 2
                continue
            flags[word.text] = True
        else:
            flags.setdefault(None, []).append(word)
        index += 1
    return flags


def _value(flags, short, long_name):
    """The value word of a flag given by its short or long name, or None."""
    for name in (short, long_name):
        value = flags.get(name)
        if value is not None and value is not True:
            return value
    return None


def _node_name(name):
    """A node's short name: without a DAG path ('|group|cam') or the root namespace (':time1')."""
    return name.rsplit("|", 1)[-1].lstrip(":")


def boolean(scene, attribute, default):
    """The attribute as True or False; default when it is not set."""
    if attribute is None or not attribute.values:
        return default
    value = _BOOLEANS.get(attribute.values[0].text.lower())
    if value is None:
        raise at_line(scene.path, attribute.line, u"'.%s' is '%s', which is not yes or no"
                      % (attribute.name, attribute.values[0].text))
    return value


def number(scene, attribute, default):
    """The attribute as a number; default when it is not set."""
    if attribute is None or not attribute.values:
        return default
    text = attribute.values[0].text
    try:
        return float(text)
    except ValueError:
        raise at_line(scene.path, attribute.line, u"'.%s' is '%s', which is not a number"
                      % (attribute.name, text))


def text(attribute, default=None):
    """The attribute's string value; default when it is not set or empty."""
    if attribute is None:
        return default
    strings = [w.text for w in attribute.values if w.quoted]
    return strings[-1] if strings and strings[-1] else default
