package se.klossnet.platform.scope;

/** A record that belongs to one institution. Every entity of a service implements it. */
public interface InstitutionOwned {

    String institution();
}
