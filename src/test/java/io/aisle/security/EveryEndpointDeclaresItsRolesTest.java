package io.aisle.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Each REST method says who may call it (on itself or its class), so no endpoint is open by omission. */
class EveryEndpointDeclaresItsRolesTest {

    @Test
    void everyResourceMethodHasRolesAllowedOrPermitAll() throws IOException, ClassNotFoundException {
        java.nio.file.Path classes = java.nio.file.Path.of("target", "classes");
        List<String> undeclared = new ArrayList<>();
        int endpoints = 0;
        try (Stream<java.nio.file.Path> files = Files.walk(classes.resolve("io/aisle"))) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, getClass().getClassLoader());
                if (!type.isAnnotationPresent(Path.class)) {
                    continue;
                }
                for (Method method : type.getDeclaredMethods()) {
                    if (isEndpoint(method)) {
                        endpoints++;
                        if (!declares(method) && !declares(type)) {
                            undeclared.add(type.getSimpleName() + "." + method.getName());
                        }
                    }
                }
            }
        }
        assertTrue(endpoints > 40, "found only " + endpoints + " endpoints: is target/classes built?");
        assertEquals(List.of(), undeclared);
    }

    private static boolean isEndpoint(Method method) {
        return Stream.of(GET.class, POST.class, PUT.class, DELETE.class, PATCH.class).anyMatch(method::isAnnotationPresent);
    }

    private static boolean declares(AnnotatedElement element) {
        return element.isAnnotationPresent(RolesAllowed.class) || element.isAnnotationPresent(PermitAll.class)
                || element.isAnnotationPresent(DenyAll.class);
    }
}
