package dev.ficus.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.net.Socket;
import java.security.KeyStore;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedKeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.jspecify.annotations.Nullable;

/**
 * A certificate authority made for one test run with the JDK's {@code keytool} in a
 * temporary directory, and the PKCS#12 key stores it issues: nothing is committed, every
 * key lives as long as the directory. Each issued certificate serves both as a server
 * certificate for 127.0.0.1/localhost and as a client certificate.
 */
public final class TestCertificates {

    /** The password of every key and trust store made here (they are test-only). */
    public static final String PASSWORD = "changeit";

    private final Path directory;

    private final String name;

    private TestCertificates(Path directory, String name) {
        this.directory = directory;
        this.name = name;
    }

    /**
     * A new authority named {@code name} (its certificate's CN), its files in
     * {@code directory}.
     */
    public static TestCertificates authority(Path directory, String name) {
        TestCertificates authority = new TestCertificates(directory, name);
        authority.keytool("-genkeypair", "-alias", "ca", "-keyalg", "EC", "-groupname", "secp256r1", "-dname",
                "CN=" + name, "-ext", "bc:c", "-validity", "2", "-keystore", authority.authorityStore().toString());
        authority.keytool("-exportcert", "-rfc", "-alias", "ca", "-keystore", authority.authorityStore().toString(),
                "-file", authority.certificate().toString());
        authority.keytool("-importcert", "-noprompt", "-alias", "ca", "-file", authority.certificate().toString(),
                "-keystore", authority.trustStore().toString());
        return authority;
    }

    /** The PKCS#12 trust store holding only this authority's certificate. */
    public Path trustStore() {
        return directory.resolve(name + "-trust.p12");
    }

    /** This authority's certificate, PEM. */
    public Path certificate() {
        return directory.resolve(name + "-ca.pem");
    }

    /**
     * A PKCS#12 key store with a new key and a certificate for {@code commonName} signed
     * by this authority (the same one again for the same name).
     */
    public Path issue(String commonName) {
        Path store = directory.resolve(name + "-" + commonName + ".p12");
        if (Files.isRegularFile(store)) {
            return store;
        }
        Path request = directory.resolve(name + "-" + commonName + ".csr");
        Path signed = directory.resolve(name + "-" + commonName + ".pem");
        keytool("-genkeypair", "-alias", "key", "-keyalg", "EC", "-groupname", "secp256r1", "-dname",
                "CN=" + commonName + ", O=Ficus test", "-validity", "2", "-keystore", store.toString());
        keytool("-certreq", "-alias", "key", "-keystore", store.toString(), "-file", request.toString());
        keytool("-gencert", "-rfc", "-alias", "ca", "-keystore", authorityStore().toString(), "-infile",
                request.toString(), "-outfile", signed.toString(), "-validity", "2", "-ext",
                "san=ip:127.0.0.1,dns:localhost", "-ext", "eku=serverAuth,clientAuth");
        try {
            // the reply with its whole chain, so that the key store needs no trusted
            // entry
            Files.writeString(signed, Files.readString(signed) + Files.readString(certificate()));
        }
        catch (IOException e) {
            throw new IllegalStateException("cannot write " + signed + ": " + e.getMessage(), e);
        }
        keytool("-importcert", "-noprompt", "-alias", "key", "-file", signed.toString(), "-keystore", store.toString());
        return store;
    }

    /**
     * An SSL context that trusts this authority and presents the key and certificate in
     * {@code keyStore}.
     */
    public SSLContext context(Path keyStore) {
        return context(keyStore, this);
    }

    /**
     * An SSL context that presents the key and certificate in {@code keyStore} (issued by
     * any authority) and trusts {@code trusted}. It presents its certificate even to a
     * server that asks for one from other authorities, as an impostor would (the JDK's
     * own key manager would then present none).
     */
    public static SSLContext context(Path keyStore, TestCertificates trusted) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(load(keyStore), PASSWORD.toCharArray());
            X509ExtendedKeyManager own = (X509ExtendedKeyManager) keys.getKeyManagers()[0];
            context.init(new KeyManager[] { new AlwaysPresenting(own) }, trusted.trustManagers(), null);
            return context;
        }
        catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot read " + keyStore + ": " + e.getMessage(), e);
        }
    }

    /** An SSL context that trusts this authority and presents no certificate. */
    public SSLContext trustingOnly() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trustManagers(), null);
            return context;
        }
        catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot read " + trustStore() + ": " + e.getMessage(), e);
        }
    }

    /**
     * The program arguments that define the Spring Boot SSL bundle {@code bundle} from
     * {@code keyStore} and this authority.
     */
    public List<String> bundleArguments(String bundle, Path keyStore) {
        String prefix = "--spring.ssl.bundle.jks." + bundle + ".";
        return List.of(prefix + "keystore.location=file:" + keyStore, prefix + "keystore.type=PKCS12",
                prefix + "keystore.password=" + PASSWORD, prefix + "truststore.location=file:" + trustStore(),
                prefix + "truststore.type=PKCS12", prefix + "truststore.password=" + PASSWORD);
    }

    /** Presents the one key in its store whatever authorities the server names. */
    private static final class AlwaysPresenting extends X509ExtendedKeyManager {

        private final X509ExtendedKeyManager keys;

        AlwaysPresenting(X509ExtendedKeyManager keys) {
            this.keys = keys;
        }

        @Override
        public String[] getClientAliases(String keyType, Principal @Nullable [] issuers) {
            return keys.getClientAliases(keyType, null);
        }

        @Override
        public @Nullable String chooseClientAlias(String[] keyTypes, Principal @Nullable [] issuers,
                @Nullable Socket socket) {
            return keys.chooseClientAlias(keyTypes, null, socket);
        }

        @Override
        public @Nullable String chooseEngineClientAlias(String[] keyTypes, Principal @Nullable [] issuers,
                @Nullable SSLEngine engine) {
            return keys.chooseEngineClientAlias(keyTypes, null, engine);
        }

        @Override
        public String[] getServerAliases(String keyType, Principal @Nullable [] issuers) {
            return keys.getServerAliases(keyType, issuers);
        }

        @Override
        public @Nullable String chooseServerAlias(String keyType, Principal @Nullable [] issuers,
                @Nullable Socket socket) {
            return keys.chooseServerAlias(keyType, issuers, socket);
        }

        @Override
        public X509Certificate[] getCertificateChain(String alias) {
            return keys.getCertificateChain(alias);
        }

        @Override
        public PrivateKey getPrivateKey(String alias) {
            return keys.getPrivateKey(alias);
        }

    }

    private TrustManager[] trustManagers() throws GeneralSecurityException, IOException {
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(load(trustStore()));
        return trust.getTrustManagers();
    }

    private static KeyStore load(Path store) throws GeneralSecurityException, IOException {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keys.load(in, PASSWORD.toCharArray());
        }
        return keys;
    }

    private Path authorityStore() {
        return directory.resolve(name + "-ca.p12");
    }

    private void keytool(String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(arguments));
        command.addAll(List.of("-storetype", "PKCS12", "-storepass", PASSWORD));
        try {
            Process keytool = new ProcessBuilder(command).redirectErrorStream(true).start();
            keytool.getOutputStream().close();
            String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
                throw new IllegalStateException("keytool " + String.join(" ", arguments) + " failed: " + output);
            }
        }
        catch (IOException e) {
            throw new IllegalStateException("cannot run keytool: " + e.getMessage(), e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running keytool", e);
        }
    }

}
