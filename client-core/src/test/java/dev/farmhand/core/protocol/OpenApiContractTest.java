package dev.farmhand.core.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import dev.farmhand.core.status.Control;
import dev.farmhand.core.status.JobFlags;
import dev.farmhand.core.status.JobStatus;
import dev.farmhand.core.status.SyncState;
import dev.farmhand.core.status.TaskStatus;
import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Checks that docs/openapi.yaml and the wire records say the same: the same property names, the
 * same required fields, the same enum values; that every reference in the document resolves; and
 * that every error answer is the one error shape.
 */
class OpenApiContractTest {
  private static final Path DOCUMENT = Path.of("..", "docs", "openapi.yaml");
  private static final String ERROR_SCHEMA = "#/components/schemas/ErrorResponse";
  private static final Set<String> METHODS =
      Set.of("get", "put", "post", "delete", "patch", "head", "options");
  private static final Map<String, Object> OPENAPI = load();

  static Stream<Class<?>> records() {
    try (Stream<Path> files = Files.list(classFolder())) {
      List<Class<?>> found = new ArrayList<>();
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (name.endsWith(".class") && !name.contains("$")) {
          Class<?> type =
              Class.forName(
                  Json.class.getPackageName() + "." + name.substring(0, name.length() - 6));
          if (type.isRecord()) {
            found.add(type);
          }
        }
      }
      found.add(JobFlags.class);
      return found.stream();
    } catch (IOException | ClassNotFoundException | URISyntaxException e) {
      throw new AssertionError("cannot list the wire records", e);
    }
  }

  static Stream<Arguments> enums() {
    return Stream.of(
        Arguments.of("JobStatus", wireNames(JobStatus.values(), JobStatus::wireName)),
        Arguments.of("TaskStatus", wireNames(TaskStatus.values(), TaskStatus::wireName)),
        Arguments.of("SyncState", wireNames(SyncState.values(), SyncState::wireName)),
        Arguments.of("Control", wireNames(Control.values(), Control::wireName)),
        Arguments.of("Role", wireNames(Role.values(), Role::wireName)),
        Arguments.of("ActionOutcome", wireNames(ActionOutcome.values(), ActionOutcome::wireName)),
        Arguments.of(
            "ErrorCode",
            wireNames(ErrorCode.values(), ErrorCode::wireName).stream()
                .filter(name -> !name.equals("unknown"))
                .toList()),
        Arguments.of(
            "EventType",
            wireNames(EventType.values(), EventType::wireName).stream()
                .filter(name -> !name.equals("unknown"))
                .toList()));
  }

  @Test
  void theRecordListCoversTheProtocolPackageAndEverySampleType() {
    Set<Class<?>> sampled =
        Samples.all().stream().map(Object::getClass).collect(Collectors.toSet());

    assertThat(records().toList())
        .hasSizeGreaterThan(25)
        .allSatisfy(type -> assertThat(sampled).as("a sample of %s", type).contains(type));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("records")
  void theRecordsJsonPropertiesAreTheSchemasProperties(Class<?> type) {
    Map<String, Object> schema = schema(type.getSimpleName());
    ObjectMapper mapper = Json.mapper();
    BeanDescription description =
        mapper.getSerializationConfig().introspect(mapper.constructType(type));

    Set<String> written =
        description.findProperties().stream()
            .map(BeanPropertyDefinition::getName)
            .collect(Collectors.toCollection(TreeSet::new));

    assertThat(written).isEqualTo(new TreeSet<>(map(schema, "properties").keySet()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("records")
  void theSchemasRequiredFieldsAreTheRecordsNonNullableComponents(Class<?> type) {
    Map<String, Object> schema = schema(type.getSimpleName());
    PropertyNamingStrategies.NamingBase names =
        (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;

    Set<String> nonNullable =
        Arrays.stream(type.getRecordComponents())
            .filter(component -> !component.isAnnotationPresent(Nullable.class))
            .map(RecordComponent::getName)
            .map(names::translate)
            .collect(Collectors.toCollection(TreeSet::new));

    assertThat(new TreeSet<>(list(schema, "required"))).isEqualTo(nonNullable);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("enums")
  void theSchemasEnumValuesAreTheJavaEnumsWireNames(String name, List<String> wireNames) {
    assertThat(list(schema(name), "enum")).containsExactlyElementsOf(wireNames);
  }

  @Test
  void everyReferenceInTheDocumentResolves() {
    List<String> refs = new ArrayList<>();
    collectRefs(OPENAPI, refs);

    assertThat(refs).hasSizeGreaterThan(100);
    assertThat(refs)
        .allSatisfy(ref -> assertThat(resolve(ref)).as("the target of %s", ref).isNotNull());
  }

  @Test
  void everyOperationAnswersEveryErrorWithTheOneErrorShape() {
    Map<String, Object> paths = map(OPENAPI, "paths");
    assertThat(paths).isNotEmpty();
    for (Map.Entry<String, Object> path : paths.entrySet()) {
      assertThat(path.getKey()).startsWith("/api/v1/");
      for (Map.Entry<String, Object> operation : cast(path.getValue()).entrySet()) {
        if (!METHODS.contains(operation.getKey())) {
          continue;
        }
        String where = operation.getKey().toUpperCase() + " " + path.getKey();
        Map<String, Object> responses = map(cast(operation.getValue()), "responses");
        List<String> errors =
            responses.keySet().stream().filter(status -> !status.startsWith("2")).toList();

        assertThat(errors).as("the error answers of %s", where).contains("default", "401");
        for (String status : errors) {
          Map<String, Object> response = cast(responses.get(status));
          if (response.containsKey("$ref")) {
            response = cast(resolve((String) response.get("$ref")));
          }
          Map<String, Object> json = map(map(response, "content"), "application/json");
          assertThat(map(json, "schema"))
              .as("the %s answer of %s", status, where)
              .containsEntry("$ref", ERROR_SCHEMA);
        }
      }
    }
  }

  @Test
  void everyOperationHasAUniqueOperationId() {
    List<String> ids = new ArrayList<>();
    for (Object path : map(OPENAPI, "paths").values()) {
      cast(path)
          .forEach(
              (method, operation) -> {
                if (METHODS.contains(method)) {
                  ids.add((String) cast(operation).get("operationId"));
                }
              });
    }

    assertThat(ids).doesNotContainNull().doesNotHaveDuplicates().hasSizeGreaterThan(15);
  }

  private static Map<String, Object> load() {
    try (Reader reader = Files.newBufferedReader(DOCUMENT)) {
      return cast(new Load(LoadSettings.builder().build()).loadFromReader(reader));
    } catch (IOException e) {
      throw new AssertionError("cannot read " + DOCUMENT.toAbsolutePath(), e);
    }
  }

  private static Path classFolder() throws URISyntaxException {
    Path root = Path.of(Json.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    return root.resolve(Json.class.getPackageName().replace('.', '/'));
  }

  private static Map<String, Object> schema(String name) {
    Map<String, Object> schemas = map(map(OPENAPI, "components"), "schemas");
    assertThat(schemas).as("the schemas of docs/openapi.yaml").containsKey(name);
    return cast(schemas.get(name));
  }

  private static Object resolve(String ref) {
    assertThat(ref).startsWith("#/");
    Object node = OPENAPI;
    for (String part : ref.substring(2).split("/")) {
      if (!(node instanceof Map<?, ?> parent)) {
        return null;
      }
      node = parent.get(part.replace("~1", "/").replace("~0", "~"));
    }
    return node;
  }

  private static void collectRefs(Object node, List<String> refs) {
    if (node instanceof Map<?, ?> map) {
      map.forEach(
          (key, value) -> {
            if ("$ref".equals(key)) {
              refs.add((String) value);
            } else {
              collectRefs(value, refs);
            }
          });
    } else if (node instanceof List<?> list) {
      list.forEach(item -> collectRefs(item, refs));
    }
  }

  private static <E> List<String> wireNames(E[] values, Function<E, String> wireName) {
    return Arrays.stream(values).map(wireName).toList();
  }

  private static Map<String, Object> map(Map<String, Object> parent, String key) {
    assertThat(parent).containsKey(key);
    return cast(parent.get(key));
  }

  private static List<String> list(Map<String, Object> parent, String key) {
    Object value = parent.get(key);
    if (value == null) {
      return List.of();
    }
    return ((List<?>) value).stream().map(String::valueOf).toList();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> cast(Object value) {
    assertThat(value).isInstanceOf(Map.class);
    return (Map<String, Object>) value;
  }
}
