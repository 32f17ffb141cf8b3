package org.haian.strata.platform.personaldata;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-GCM through the JDK: each value is encrypted with a fresh 96-bit nonce, authenticated together with whose it
 * is and which field it fills (so a value cannot be moved to another person or field unnoticed), and written as one
 * text: {@value #PREFIX} and Base64 of nonce and ciphertext. docs/asyncapi.yaml describes it for consumers.
 */
final class PersonalDataCipher {

    static final String PREFIX = "pd1:";
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();

    String seal(SecretKey key, String subject, String field, String plaintext) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associated(subject, field));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(
                    ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JVM", e);
        }
    }

    String open(SecretKey key, String subject, String field, String envelope) {
        byte[] packed = Base64.getUrlDecoder().decode(envelope.substring(PREFIX.length()));
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, packed, 0, NONCE_BYTES));
            cipher.updateAAD(associated(subject, field));
            return new String(cipher.doFinal(packed, NONCE_BYTES, packed.length - NONCE_BYTES),
                    StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Personal data of " + subject + " in " + field
                    + " does not decrypt with their key: it was altered or belongs elsewhere", e);
        }
    }

    static boolean isEnvelope(String text) {
        return text.startsWith(PREFIX);
    }

    private static byte[] associated(String subject, String field) {
        return (subject + "|" + field).getBytes(StandardCharsets.UTF_8);
    }
}
