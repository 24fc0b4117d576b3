package org.shangmen.billing.adapter.out.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shangmen.billing.application.port.out.NoticeReader.PaymentNotice;
import org.shangmen.billing.application.port.out.PaymentGateway;
import org.shangmen.billing.application.port.out.PaymentGateway.State;

/**
 * C4.2: UnionPay's certificates as in production. Each message carries UnionPay's signing certificate,
 * trusted only when it chains to the configured root through the middle certificate, is in force and
 * names UnionPay; the merchant signs with the key of UnionPay's PKCS#12 file, whose serial is the certId.
 * The certificates are made for the test with the JDK's keytool.
 */
class UnionPayCertificatesTest {

    static final String SIGNER_NAME = "00040000:SIGN";
    static final String PASS = "changeit";
    static final String MERCHANT_PASS = "000000";

    @TempDir
    static Path dir;
    static Path ca;
    static Path merchantPfx;

    static void keytool(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        // A short-lived tool: the quick compiler and the small collector start it faster.
        command.addAll(List.of("-J-XX:TieredStopAtLevel=1", "-J-XX:+UseSerialGC"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("keytool " + String.join(" ", args) + " failed: " + output);
        }
    }

    static void keyPair(String alias, String dname) throws Exception {
        keytool("-genkeypair", "-keystore", "ca.p12", "-storetype", "PKCS12", "-storepass", PASS, "-alias", alias, "-keyalg", "RSA",
                "-keysize", "2048", "-validity", "3650", "-dname", dname, "-ext", "bc:c");
    }

    static void issue(String issuer, String alias, String file, int days, String... ext) throws Exception {
        keytool("-certreq", "-keystore", "ca.p12", "-storepass", PASS, "-alias", alias, "-file", alias + ".csr");
        List<String> args = new ArrayList<>(List.of("-gencert", "-keystore", "ca.p12", "-storepass", PASS, "-alias", issuer,
                "-infile", alias + ".csr", "-outfile", file, "-rfc", "-validity", Integer.toString(days)));
        for (String e : ext) {
            args.add("-ext");
            args.add(e);
        }
        keytool(args.toArray(String[]::new));
    }

    @BeforeAll
    static void certificates() throws Exception {
        ca = dir.resolve("ca.p12");
        keyPair("root", "CN=Test UnionPay Root,O=Test,C=CN");
        keytool("-exportcert", "-keystore", "ca.p12", "-storepass", PASS, "-alias", "root", "-rfc", "-file", "root.pem");
        keyPair("middle", "CN=Test UnionPay Middle,O=Test,C=CN");
        issue("root", "middle", "middle.pem", 3650, "bc:c=ca:true,pathlen:0");
        keyPair("signer", "CN=041@Z12@" + SIGNER_NAME + "@00000062,OU=Test,O=Test,C=CN");
        issue("middle", "signer", "signer.pem", 365);
        keyPair("stranger", "CN=041@Z12@Someone Else@00000001,OU=Test,O=Test,C=CN");
        issue("middle", "stranger", "stranger.pem", 365);
        // Same name as UnionPay's certificate, but signed by nobody we trust.
        keyPair("rogue", "CN=041@Z12@" + SIGNER_NAME + "@00000062,OU=Test,O=Test,C=CN");
        keytool("-exportcert", "-keystore", "ca.p12", "-storepass", PASS, "-alias", "rogue", "-rfc", "-file", "rogue.pem");
        merchantPfx = dir.resolve("merchant.pfx");
        keytool("-genkeypair", "-keystore", "merchant.pfx", "-storetype", "PKCS12", "-storepass", MERCHANT_PASS, "-alias", "merchant",
                "-keyalg", "RSA", "-keysize", "2048", "-validity", "365", "-dname", "CN=777290058110048,O=Shangmen,C=CN");
    }

    static String file(String name) throws IOException {
        return Files.readString(dir.resolve(name), StandardCharsets.US_ASCII);
    }

    static PrivateKey key(String alias) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(ca)) {
            store.load(in, PASS.toCharArray());
        }
        return (PrivateKey) store.getKey(alias, PASS.toCharArray());
    }

    private static UnionPayGateway gateway(Clock clock, String pfxPassword) throws IOException {
        return new UnionPayGateway(new PaymentProperties.UnionPay(UnionPayGatewayTest.MER_ID, null, null, merchantPfx.toString(),
                pfxPassword, null, file("root.pem"), dir.resolve("middle.pem").toString(), SIGNER_NAME, UnionPayGatewayTest.FRONT_URL,
                UnionPayGatewayTest.BACK_URL, "07", "http://127.0.0.1:9", Duration.ofSeconds(1), Duration.ofSeconds(1)), clock);
    }

    private static String notice(String outTradeNo, String certificate, PrivateKey key) {
        Map<String, String> fields = UnionPayGatewayTest.message(outTradeNo, "01", "txnSubType", "01", "bizType", "000201",
                "txnTime", "20261125100000", "txnAmt", "12805", "currencyCode", "156", "queryId", "782611251000001234561",
                "respCode", "00", "respMsg", "成功[0000000]", "traceTime", "1125100012");
        if (certificate != null) {
            fields.put("signPubKeyCert", certificate);
        }
        return UnionPayGatewayTest.form(UnionPayGatewayTest.signedBy(key, fields));
    }

    @Test
    @DisplayName("C4.2 a notice counts only when the certificate it carries chains to UnionPay's root, is in force, names UnionPay and made the signature")
    void certificateChain() throws Exception {
        UnionPayGateway gateway = gateway(Clock.systemUTC(), MERCHANT_PASS);
        String outTradeNo = UnionPayGatewayTest.number("P", UnionPayGatewayTest.OPENED);

        assertThat(gateway.read(Map.of(), notice(outTradeNo, file("signer.pem"), key("signer")))).get()
                .isInstanceOfSatisfying(PaymentNotice.class, n -> {
                    assertThat(n.payment().state()).isEqualTo(State.SUCCEEDED);
                    assertThat(n.payment().amountFen()).isEqualTo(12_805);
                });
        // A self-made certificate with UnionPay's name, a chained certificate of another name, UnionPay's
        // certificate with someone else's signature, no certificate at all.
        assertThat(gateway.read(Map.of(), notice(outTradeNo, file("rogue.pem"), key("rogue")))).isEmpty();
        assertThat(gateway.read(Map.of(), notice(outTradeNo, file("stranger.pem"), key("stranger")))).isEmpty();
        assertThat(gateway.read(Map.of(), notice(outTradeNo, file("signer.pem"), key("rogue")))).isEmpty();
        assertThat(gateway.read(Map.of(), notice(outTradeNo, null, key("signer")))).isEmpty();
        assertThat(gateway.read(Map.of(), notice(outTradeNo, "-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydA==\n-----END CERTIFICATE-----",
                key("signer")))).isEmpty();

        // The same genuine notice once UnionPay's certificate has expired.
        UnionPayGateway later = gateway(Clock.fixed(Instant.now().plus(Duration.ofDays(400)), ZoneOffset.UTC), MERCHANT_PASS);
        assertThat(later.read(Map.of(), notice(outTradeNo, file("signer.pem"), key("signer")))).isEmpty();
    }

    @Test
    @DisplayName("C4.2 the merchant signs with the key of UnionPay's PKCS#12 file, and the certId is its certificate's serial number in decimal")
    void merchantPkcs12() throws Exception {
        KeyStore pfx = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(merchantPfx)) {
            pfx.load(in, MERCHANT_PASS.toCharArray());
        }
        X509Certificate merchant = (X509Certificate) pfx.getCertificate("merchant");

        Map<String, String> params = gateway(Clock.systemUTC(), MERCHANT_PASS).prepare(new PaymentGateway.Prepare(
                UnionPayGatewayTest.number("P", UnionPayGatewayTest.OPENED), 100, "x", UnionPayGatewayTest.OPENED.plusSeconds(900),
                Optional.empty())).clientParams();
        assertThat(params).containsEntry("certId", merchant.getSerialNumber().toString()).containsEntry("channelType", "07");
        Map<String, String> form = new LinkedHashMap<>(params);
        form.remove("formAction");
        assertThat(UnionPayGatewayTest.verifies(form, merchant.getPublicKey())).isTrue();

        assertThatThrownBy(() -> gateway(Clock.systemUTC(), "wrong")).isInstanceOf(IllegalStateException.class)
                .hasMessageNotContaining("wrong");
    }
}
