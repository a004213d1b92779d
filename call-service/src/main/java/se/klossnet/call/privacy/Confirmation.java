package se.klossnet.call.privacy;

import java.time.Instant;

/**
 * One service's answer to a request.
 *
 * @param outcome   PART_READY (export), ERASED or REFUSED (erasure)
 * @param itemCount how many records the service exported or anonymised
 * @param rule      for a refusal, the retention rule that forbids it
 */
public record Confirmation(String service, String outcome, Integer itemCount, String rule, Instant confirmedAt) {
}
