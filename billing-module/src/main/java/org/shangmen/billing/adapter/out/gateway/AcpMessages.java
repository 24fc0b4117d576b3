package org.shangmen.billing.adapter.out.gateway;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The message rules of China UnionPay's online gateway (全渠道, ACP) version 5.1.0 with {@code signMethod=01}:
 * the fields but {@code signature} sorted by name as {@code k=v&k=v} (raw values), its SHA-256 written as
 * lower-case hex, and that hex text signed with SHA256withRSA, base64. Requests go out as a form; the
 * gateway answers {@code k=v&k=v} with raw values, where a value in braces may itself hold {@code &}.
 */
final class AcpMessages {

    static final String SIGNATURE = "signature";

    private AcpMessages() {
    }

    /** The text that is signed: every field but the signature, sorted by name. */
    static String signedText(Map<String, String> fields) {
        return new TreeMap<>(fields).entrySet().stream().filter(e -> !SIGNATURE.equals(e.getKey()))
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&"));
    }

    private static byte[] digestHex(Map<String, String> fields) throws GeneralSecurityException {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(signedText(fields).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest).getBytes(StandardCharsets.UTF_8);
    }

    /** The fields with blank values dropped (as the gateway expects) and the signature added. */
    static Map<String, String> sign(Map<String, String> fields, PrivateKey key) {
        Map<String, String> signed = new LinkedHashMap<>();
        fields.forEach((k, v) -> {
            if (v != null && !v.isBlank() && !SIGNATURE.equals(k)) {
                signed.put(k, v);
            }
        });
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(digestHex(signed));
            signed.put(SIGNATURE, Base64.getEncoder().encodeToString(signature.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("UnionPay request could not be signed: " + e.getClass().getSimpleName(), e);
        }
        return signed;
    }

    /** Whether the fields' signature was made by the key's owner over exactly these fields. */
    static boolean verify(Map<String, String> fields, PublicKey key) {
        String signed = fields.get(SIGNATURE);
        if (signed == null || signed.isBlank()) {
            return false;
        }
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initVerify(key);
            signature.update(digestHex(fields));
            return signature.verify(Base64.getMimeDecoder().decode(signed));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** The gateway's synchronous answer: {@code k=v&k=v}, raw values, {@code &} inside braces kept in the value. */
    static Map<String, String> parseAnswer(String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        String text = body == null ? "" : body.strip();
        int i = 0;
        while (i < text.length()) {
            int eq = text.indexOf('=', i);
            if (eq < 0) {
                break;
            }
            String key = text.substring(i, eq);
            int j = eq + 1;
            int depth = 0;
            while (j < text.length() && (depth > 0 || text.charAt(j) != '&')) {
                char c = text.charAt(j);
                if (c == '{') {
                    depth++;
                } else if (c == '}' && depth > 0) {
                    depth--;
                }
                j++;
            }
            if (fields.putIfAbsent(key, text.substring(eq + 1, j)) != null) {
                throw new IllegalArgumentException("field given twice: " + key);
            }
            i = j + 1;
        }
        return Collections.unmodifiableMap(fields);
    }

    // ---------------------------------------------------------------- keys and certificates

    /** PEM text, or the path of a file holding it. */
    static String pemOrFile(String value) {
        String text = value.strip();
        if (text.startsWith("-----BEGIN")) {
            return text;
        }
        Path path = Path.of(text);
        if (text.length() < 1024 && Files.isRegularFile(path)) {
            try {
                return Files.readString(path, StandardCharsets.US_ASCII).strip();
            } catch (IOException e) {
                throw new IllegalStateException("UnionPay key file " + path + " could not be read", e);
            }
        }
        return text;
    }

    private static byte[] der(String pem) {
        return Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z0-9 ]+-----", "").replaceAll("\\s", ""));
    }

    /** An RSA private key in PKCS#8 (PEM or bare base64). */
    static PrivateKey privateKey(String pem) {
        String text = pemOrFile(pem);
        if (text.contains("BEGIN RSA PRIVATE KEY")) {
            throw new IllegalStateException("the UnionPay signing key must be PKCS#8 (BEGIN PRIVATE KEY), not PKCS#1");
        }
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der(text)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("the UnionPay signing key is not a PKCS#8 RSA key", e);
        }
    }

    static X509Certificate certificate(String pem) {
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            return (X509Certificate) factory.generateCertificate(new ByteArrayInputStream(der(pemOrFile(pem))));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not an X.509 certificate", e);
        }
    }

    /** A public key given as a certificate (PEM) or as a public key (PEM or bare base64 of its DER). */
    static PublicKey publicKey(String value) {
        String text = pemOrFile(value);
        if (text.contains("BEGIN CERTIFICATE")) {
            return certificate(text).getPublicKey();
        }
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der(text)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("the UnionPay verification key is neither a certificate nor an RSA public key", e);
        }
    }

    /** The merchant's signing key from UnionPay's PKCS#12 file, with its certId (the certificate's serial number in decimal). */
    record SigningKey(PrivateKey key, String certId) {
        @Override
        public String toString() {
            return "SigningKey[certId=" + certId + ", key=******]";
        }
    }

    static SigningKey fromPkcs12(Path path, String password) {
        char[] secret = password == null ? new char[0] : password.toCharArray();
        try (InputStream in = Files.newInputStream(path)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, secret);
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    PrivateKey key = (PrivateKey) store.getKey(alias, secret);
                    X509Certificate cert = (X509Certificate) store.getCertificate(alias);
                    return new SigningKey(key, cert.getSerialNumber().toString());
                }
            }
            throw new IllegalStateException("the UnionPay signing certificate " + path + " holds no private key");
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("the UnionPay signing certificate " + path + " could not be opened (path or password)", e);
        }
    }
}
