package se.klossnet.platform.outbox;

import se.klossnet.events.kafka.SerializedEvent;

/** One unpublished row, with its position in the outbox. */
record OutboxRow(long position, SerializedEvent event) {
}
