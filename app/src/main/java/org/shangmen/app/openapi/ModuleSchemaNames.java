package org.shangmen.app.openapi;

import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;

/**
 * Gives every schema of the platform's own types a name that is unique across modules and the same on
 * every run: a type keeps its simple name ({@code OrderView}) unless another module's type of the web
 * contract has the same one, then it carries its module ({@code BookingSubmitRequest} beside
 * {@code WorkerSubmitRequest}), and the enclosing class when one module has two
 * ({@code BookingCustomerOrderControllerPageResponse}). Without it the combined document keeps only
 * one of the clashing schemas and silently points every other operation at it.
 *
 * <p>The clashes are found once, from the classes on the class path (never from the order in which
 * operations happen to be read), so the customer, worker and combined documents name a type alike.
 * A type named with {@code @Schema(name = ...)} keeps that name.
 */
final class ModuleSchemaNames implements ModelConverter {

    static final String ROOT = "org.shangmen";

    private final Map<String, String> names;
    private final Map<Type, String> cache = new ConcurrentHashMap<>();

    private ModuleSchemaNames(Map<String, String> names) {
        this.names = names;
    }

    /** Reads the platform's contract types (web adapters, published APIs, domain and kernel types) from the class path. */
    static ModuleSchemaNames scan() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isIndependent();
            }
        };
        scanner.addIncludeFilter((reader, factory) -> true);
        List<String> classes = new ArrayList<>();
        for (BeanDefinition definition : scanner.findCandidateComponents(ROOT)) {
            String name = definition.getBeanClassName();
            if (name != null && isContractType(name)) {
                classes.add(name);
            }
        }
        return new ModuleSchemaNames(namesFor(classes));
    }

    /** The types that can appear in a schema: web records, published APIs, domain and kernel value types. */
    static boolean isContractType(String className) {
        return className.contains(".adapter.in.web.") || className.contains(".api.") || className.contains(".domain.")
                || className.contains(".application.") || className.startsWith(ROOT + ".kernel.");
    }

    /** Binary class name to schema name for every class whose simple name is shared with another. */
    static Map<String, String> namesFor(List<String> classNames) {
        Map<String, List<String>> bySimpleName = new TreeMap<>();
        for (String className : classNames) {
            bySimpleName.computeIfAbsent(simpleName(className), k -> new ArrayList<>()).add(className);
        }
        Map<String, String> names = new TreeMap<>();
        for (List<String> clashing : bySimpleName.values()) {
            if (clashing.size() < 2) {
                continue;
            }
            for (String className : clashing) {
                names.put(className, uniqueName(className, clashing, bySimpleName.keySet()));
            }
        }
        return names;
    }

    private static String uniqueName(String className, List<String> clashing, java.util.Set<String> taken) {
        List<java.util.function.Function<String, String>> styles = List.of(
                c -> capitalize(module(c)) + simpleName(c),
                c -> capitalize(module(c)) + outerNames(c) + simpleName(c));
        for (java.util.function.Function<String, String> style : styles) {
            String candidate = style.apply(className);
            boolean unique = !taken.contains(candidate)
                    && clashing.stream().filter(c -> !c.equals(className)).noneMatch(c -> style.apply(c).equals(candidate));
            if (unique) {
                return candidate;
            }
        }
        return className.replace('.', '_').replace('$', '_');
    }

    static String simpleName(String className) {
        return className.substring(Math.max(className.lastIndexOf('.'), className.lastIndexOf('$')) + 1);
    }

    private static String outerNames(String className) {
        String local = className.substring(className.lastIndexOf('.') + 1);
        int last = local.lastIndexOf('$');
        return last < 0 ? "" : local.substring(0, last).replace("$", "");
    }

    private static String module(String className) {
        String rest = className.startsWith(ROOT + ".") ? className.substring(ROOT.length() + 1) : className;
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    @Override
    public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        if (type.getName() == null || type.getName().isBlank()) {
            String name = nameOf(type.getType());
            if (name != null) {
                type.setName(name);
            }
        }
        return chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
    }

    private String nameOf(Type type) {
        if (type == null) {
            return null;
        }
        return cache.computeIfAbsent(type, t -> {
            Class<?> raw = t instanceof Class<?> c ? c : t instanceof JavaType j && !j.hasGenericTypes() && !j.isContainerType() ? j.getRawClass() : null;
            if (raw == null || raw.getTypeParameters().length > 0 || raw.isArray() || raw.isEnum()) {
                return "";
            }
            io.swagger.v3.oas.annotations.media.Schema annotation = raw.getAnnotation(io.swagger.v3.oas.annotations.media.Schema.class);
            if (annotation != null && !annotation.name().isEmpty()) {
                return "";
            }
            return names.getOrDefault(raw.getName(), "");
        }).transform(n -> n.isEmpty() ? null : n);
    }

    Map<String, String> names() {
        return Map.copyOf(names);
    }
}
