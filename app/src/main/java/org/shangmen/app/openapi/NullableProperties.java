package org.shangmen.app.openapi;

import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.reflect.Type;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springdoc.core.customizers.PropertyCustomizer;

/**
 * Says in the document what the answers do: a property of an object type (a text, a time, an id, a
 * nested view) is {@code null} when there is nothing to show (no reply yet, not read yet, no community),
 * so its schema admits {@code null} (OpenAPI 3.1: {@code type: [string, "null"]}, or any of the
 * referenced schema and {@code null}). Primitive numbers and flags and lists are never null and stay as
 * they are, so a generated client types them without {@code | null}.
 */
final class NullableProperties implements PropertyCustomizer {

    private static final String NULL = "null";

    @Override
    public Schema customize(Schema property, AnnotatedType type) {
        if (property == null || type == null || neverNull(type.getType())) {
            return property;
        }
        if (property.get$ref() != null) {
            Schema ref = new Schema<>().$ref(property.get$ref());
            return new Schema<>().anyOf(List.of(ref, new Schema<>().types(Set.of(NULL)))).description(property.getDescription());
        }
        Set<String> types = property.getTypes();
        if (types == null || types.isEmpty() || types.contains("array") || types.contains(NULL)) {
            return property;
        }
        Set<String> nullable = new LinkedHashSet<>(types);
        nullable.add(NULL);
        property.setTypes(nullable);
        if (property.getEnum() != null && !property.getEnum().contains(null)) {
            property.addEnumItemObject(null);
        }
        return property;
    }

    /**
     * The elements of a list are never null: the customizer above also sees a list's element type, so
     * the element schemas of every array in the document are put back as they were.
     */
    static void elementsNeverNull(io.swagger.v3.oas.models.OpenAPI openApi) {
        if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
            return;
        }
        openApi.getComponents().getSchemas().values().forEach(NullableProperties::visit);
    }

    private static void visit(Schema<?> schema) {
        if (schema == null) {
            return;
        }
        if (schema.getItems() != null) {
            schema.setItems(nonNull(schema.getItems()));
            visit(schema.getItems());
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(NullableProperties::visit);
        }
        if (schema.getAnyOf() != null) {
            schema.getAnyOf().forEach(NullableProperties::visit);
        }
    }

    private static Schema nonNull(Schema<?> element) {
        if (element.getAnyOf() != null && element.getAnyOf().size() == 2 && element.getAnyOf().get(1).getTypes() != null
                && element.getAnyOf().get(1).getTypes().equals(Set.of(NULL)) && element.getAnyOf().get(0).get$ref() != null) {
            return new Schema<>().$ref(element.getAnyOf().get(0).get$ref());
        }
        if (element.getTypes() != null && element.getTypes().contains(NULL) && element.getTypes().size() > 1) {
            Set<String> types = new LinkedHashSet<>(element.getTypes());
            types.remove(NULL);
            element.setTypes(types);
            if (element.getEnum() != null) {
                element.getEnum().remove(null);
            }
        }
        return element;
    }

    private static boolean neverNull(Type type) {
        if (type instanceof Class<?> c) {
            return c.isPrimitive() || c.isArray() || java.util.Collection.class.isAssignableFrom(c) || java.util.Map.class.isAssignableFrom(c);
        }
        if (type instanceof JavaType j) {
            return j.isPrimitive() || j.isContainerType() || j.isArrayType();
        }
        return false;
    }
}
