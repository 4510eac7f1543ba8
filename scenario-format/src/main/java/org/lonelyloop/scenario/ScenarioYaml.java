package org.lonelyloop.scenario;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.lonelyloop.model.intervention.InterventionSpec;
import org.lonelyloop.model.intervention.InterventionTypes;
import org.lonelyloop.model.params.AgeProfile;
import org.lonelyloop.model.params.Days;
import org.lonelyloop.model.params.Minutes;

/**
 * The Jackson set-up for scenario files: strict (unknown keys and duplicate keys fail, nulls never
 * fill a number), safe (no default typing, no class names in files) and aware of the model's unit
 * types, which are written with their units ({@code 2y}, {@code 90m}) and age profiles as lists.
 */
public final class ScenarioYaml {
    private static final ObjectMapper MAPPER = configure(YAMLMapper.builder(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .disable(YAMLGenerator.Feature.USE_NATIVE_TYPE_ID)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .build()));

    /** For trees only (merging, overrides); JSON and YAML trees are the same Jackson nodes. */
    private static final ObjectMapper TREE = configure(JsonMapper.builder());

    private ScenarioYaml() {
    }

    private static <B extends com.fasterxml.jackson.databind.cfg.MapperBuilder<?, B>> ObjectMapper configure(B b) {
        ObjectMapper m = b.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .serializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
                .addMixIn(InterventionSpec.class, InterventionTypeIds.class)
                .addMixIn(Scenario.class, ExpectOnlyWhenStated.class)
                .addModule(unitsModule())
                .build();
        // Type ids are the names scenario files use ("usage-cap"), registered here: never class names.
        for (Map.Entry<String, Class<? extends InterventionSpec>> e : InterventionTypes.all().entrySet()) {
            m.registerSubtypes(new NamedType(e.getValue(), e.getKey()));
        }
        return m;
    }

    /** Interventions are told apart by their {@code type:} key. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
    private abstract static class InterventionTypeIds {
    }

    /**
     * A scenario without predictions or groups is written without an {@code expect:} or {@code groups:}
     * key, so the files, manifests and sweep fingerprints of scenarios that state none read as they
     * always have.
     */
    private abstract static class ExpectOnlyWhenStated {
        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
        abstract java.util.List<org.lonelyloop.scenario.Expectation> expect();

        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
        abstract java.util.List<org.lonelyloop.model.observe.GroupSpec> groups();
    }

    static SimpleModule unitsModule() {
        SimpleModule m = new SimpleModule("lonelyloop-units");
        m.addSerializer(Days.class, new ToStringSerializer<>());
        m.addSerializer(Minutes.class, new ToStringSerializer<>());
        m.addSerializer(AgeProfile.class, new JsonSerializer<AgeProfile>() {
            @Override
            public void serialize(AgeProfile v, JsonGenerator g, SerializerProvider sp) throws IOException {
                double[] a = v.toArray();
                g.writeArray(a, 0, a.length);
            }
        });
        m.addDeserializer(Days.class, new JsonDeserializer<Days>() {
            @Override
            public Days deserialize(JsonParser p, DeserializationContext c) throws IOException {
                return Days.parse(p.getValueAsString());
            }
        });
        m.addDeserializer(Minutes.class, new JsonDeserializer<Minutes>() {
            @Override
            public Minutes deserialize(JsonParser p, DeserializationContext c) throws IOException {
                return Minutes.parse(p.getValueAsString());
            }
        });
        m.addDeserializer(AgeProfile.class, new JsonDeserializer<AgeProfile>() {
            @Override
            public AgeProfile deserialize(JsonParser p, DeserializationContext c) throws IOException {
                JsonNode n = p.readValueAsTree();
                if (n.isNumber()) {
                    return AgeProfile.flat(n.doubleValue());
                }
                double[] v = new double[n.size()];
                for (int i = 0; i < v.length; i++) {
                    v[i] = n.get(i).doubleValue();
                }
                return AgeProfile.of(v);
            }
        });
        return m;
    }

    private static final class ToStringSerializer<T> extends JsonSerializer<T> {
        @Override
        public void serialize(T value, JsonGenerator g, SerializerProvider sp) throws IOException {
            g.writeString(value.toString());
        }
    }

    /** The scenario as a Jackson tree, every field present. */
    public static JsonNode toTree(Object value) {
        return TREE.valueToTree(value);
    }

    static <T> T fromTree(JsonNode tree, Class<T> type) throws IOException {
        return TREE.treeToValue(tree, type);
    }

    /** A value of a declared (possibly generic) type, such as {@code List<Days>}, read from a tree. */
    static Object fromTree(JsonNode tree, java.lang.reflect.Type type) throws IOException {
        return TREE.readerFor(TREE.getTypeFactory().constructType(type)).readValue(tree);
    }

    /** The scenario as YAML, every field present: exactly what will run, loadable again. */
    public static String write(Scenario scenario) {
        try {
            return MAPPER.writeValueAsString(scenario);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Any value (a tree, a map) as YAML. */
    public static String writeValue(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
