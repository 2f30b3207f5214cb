package dev.farmhand.host.scripting;

import org.python.core.Py;
import org.python.core.PyException;
import org.python.core.PyObject;

/**
 * A Python exception as Python prints it: the traceback (each file, line and function), then the
 * exception's type and message. A Java exception that reached Python is shown as its class and
 * message, never with a Java stack trace. Stateless and thread-safe.
 */
final class PythonTracebacks {
  private PythonTracebacks() {}

  /** The traceback and the exception, ending with a newline. */
  static String format(PyException e) {
    e.normalize();
    StringBuilder text = new StringBuilder();
    if (e.traceback != null) {
      text.append(e.traceback.dumpStack());
    }
    Object java = e.value == null ? null : e.value.__tojava__(Throwable.class);
    if (e.match(Py.SyntaxError)) {
      syntaxError(e.value, text);
    } else if (java instanceof Throwable thrown) {
      text.append(thrown.getClass().getName());
      if (thrown.getMessage() != null) {
        text.append(": ").append(thrown.getMessage());
      }
      text.append('\n');
    } else {
      text.append(Py.formatException(e.type, e.value == null ? Py.None : e.value));
      if (text.charAt(text.length() - 1) != '\n') {
        text.append('\n');
      }
    }
    return text.toString();
  }

  /** As Python shows a syntax error: where, the line with a caret under the fault, the message. */
  private static void syntaxError(PyObject error, StringBuilder text) {
    PyObject file = error.__findattr__("filename");
    PyObject line = error.__findattr__("lineno");
    PyObject offset = error.__findattr__("offset");
    PyObject source = error.__findattr__("text");
    PyObject message = error.__findattr__("msg");
    if (file != null && file != Py.None && line != null && line != Py.None) {
      text.append("  File \"").append(file).append("\", line ").append(line).append('\n');
      if (source != null && source != Py.None) {
        String code = source.toString().stripTrailing();
        String stripped = code.stripLeading();
        text.append("    ").append(stripped).append('\n');
        if (offset != null && offset.__tojava__(Integer.class) instanceof Integer column) {
          int at =
              Math.max(
                  0, Math.min(column - (code.length() - stripped.length()), stripped.length()));
          text.append("    ").append(" ".repeat(at)).append("^\n");
        }
      }
    }
    text.append("SyntaxError: ")
        .append(message == null || message == Py.None ? "invalid syntax" : message.toString())
        .append('\n');
  }

  /**
   * The exit code a {@code SystemExit} asks for, as Python's own interpreter answers it: 0 for
   * none, the number given, otherwise 1 (the message is printed by the caller).
   */
  static int exitCode(PyException exit) {
    PyObject code = exitValue(exit);
    if (code == Py.None) {
      return 0;
    }
    Object number = code.__tojava__(Integer.class);
    return number instanceof Integer value ? value : 1;
  }

  /** What {@code sys.exit(x)} was given: {@code None}, a number or a message. */
  static PyObject exitValue(PyException exit) {
    exit.normalize();
    if (exit.value == null) {
      return Py.None;
    }
    PyObject code = exit.value.__findattr__("code");
    return code == null ? exit.value : code;
  }
}
