package se.klossnet.platform.privacy;

/** What an erased free-text field reads afterwards, the same in every service of the node. */
public final class Erased {

    /** The replacement text; it says that something was there, and nothing about it. */
    public static final String TEXT = "[erased]";

    private Erased() {
    }
}
