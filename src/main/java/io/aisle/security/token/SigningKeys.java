package io.aisle.security.token;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/** Reads an RSA private key in PEM (PKCS#8) from a file, or from the class path when no such file exists. */
public final class SigningKeys {

    private SigningKeys() {
    }

    public static PrivateKey read(String location) {
        try {
            String pem = text(location)
                    .replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "")
                    .replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot read the signing key at " + location
                    + " (an RSA private key in PKCS#8 PEM is expected)", e);
        }
    }

    private static String text(String location) throws IOException {
        Path file = Path.of(location);
        if (Files.isRegularFile(file)) {
            return Files.readString(file, StandardCharsets.US_ASCII);
        }
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(location)) {
            if (in == null) {
                throw new IOException("no file or class-path resource " + location);
            }
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
    }
}
