package dev.farmhand.host.scripting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.python.core.PyDictionary;
import org.python.core.PyFloat;
import org.python.core.PyInteger;
import org.python.core.PyList;
import org.python.core.PyObject;
import org.python.core.PyString;
import org.python.core.PyUnicode;

/** Java values handed to scripts as Python's own, all the way down. */
class ScriptValuesTest {
  @Test
  void mapsAndListsBecomeDictsAndListsOfPythonValues() {
    Map<String, Object> job = new LinkedHashMap<>();
    job.put("id", "j-1");
    job.put("frames_total", 24L);
    job.put("render_seconds", 1.5);
    job.put("scout", true);
    job.put("eta_seconds", null);
    job.put("frames", List.of(1, 12, 24));

    PyObject python = ScriptValues.toPython(job);

    assertThat(python).isInstanceOf(PyDictionary.class);
    PyDictionary dict = (PyDictionary) python;
    assertThat(dict.__finditem__("id")).isInstanceOf(PyString.class);
    assertThat(dict.__finditem__("frames_total")).isInstanceOf(PyInteger.class);
    assertThat(dict.__finditem__("render_seconds")).isInstanceOf(PyFloat.class);
    assertThat(dict.__finditem__("scout").__nonzero__()).isTrue();
    assertThat(dict.__finditem__("eta_seconds")).isSameAs(org.python.core.Py.None);
    assertThat(dict.__finditem__("frames")).isInstanceOf(PyList.class);
    assertThat(dict.__finditem__("frames").__repr__().toString()).isEqualTo("[1, 12, 24]");
  }

  @Test
  void textThatIsNotAsciiBecomesUnicode() {
    assertThat(ScriptValues.toPython("plan séquence")).isInstanceOf(PyUnicode.class);
    assertThat(ScriptValues.toPython("plain")).isNotInstanceOf(PyUnicode.class);
  }
}
