package org.rightsdesk.vault;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id cost parameters, stored next to the salt so that a later release can raise them
 * without locking anyone out. The default (64 MiB, 3 passes) costs about half a second here:
 * slow enough to make guessing expensive, fast enough for an admin to wait for.
 */
record KdfParameters(int memoryKib, int iterations, int parallelism) {

    static final KdfParameters DEFAULT = new KdfParameters(65_536, 3, 1);
    /** For the demo's throwaway key only: its data is deleted when the demo stops. */
    static final KdfParameters DEMO = new KdfParameters(8_192, 1, 1);

    KdfParameters {
        if (memoryKib < 8_192 || iterations < 1 || parallelism < 1) {
            throw new IllegalArgumentException("Argon2id parameters too weak: " + memoryKib + " KiB, t=" + iterations);
        }
    }

    /** Derives the 256-bit master key; the passphrase's bytes are wiped afterwards. */
    byte[] derive(char[] passphrase, byte[] salt) {
        Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withSalt(salt)
                .withMemoryAsKB(memoryKib)
                .withIterations(iterations)
                .withParallelism(parallelism)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(params);
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(passphrase));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        if (encoded.hasArray()) {
            Arrays.fill(encoded.array(), (byte) 0);
        }
        byte[] key = new byte[32];
        try {
            generator.generateBytes(bytes, key);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
        return key;
    }
}
