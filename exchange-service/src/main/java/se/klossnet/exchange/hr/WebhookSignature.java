package se.klossnet.exchange.hr;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a webhook: {@code X-Kloss-Signature: sha256=<hex>} where the hex is HMAC-SHA256 with the shared
 * secret over {@code <X-Kloss-Timestamp>.<body>}. The timestamp is in the signed text, so a receiver that refuses
 * old timestamps stops replays.
 */
public final class WebhookSignature {

    public static final String SIGNATURE_HEADER = "X-Kloss-Signature";
    public static final String TIMESTAMP_HEADER = "X-Kloss-Timestamp";
    public static final String IDEMPOTENCY_HEADER = "Idempotency-Key";
    public static final String KIND_HEADER = "X-Kloss-Notice-Kind";

    private WebhookSignature() {
    }

    public static String sign(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "sha256=" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** The receiver's check, in constant time. */
    public static boolean verify(String secret, long timestamp, String body, String signature) {
        if (signature == null) {
            return false;
        }
        return MessageDigest.isEqual(sign(secret, timestamp, body).getBytes(StandardCharsets.UTF_8),
                signature.getBytes(StandardCharsets.UTF_8));
    }
}
