package se.klossnet.demo.plan;

import java.util.List;
import se.klossnet.events.Direction;
import se.klossnet.events.FundingSource;
import se.klossnet.events.HostSector;

/**
 * The raw material of the demo story: host organisations, programme templates, themes and texts. The organisations
 * are invented; their organisationsnummer get a valid Luhn check digit so that the services accept them, and a
 * prefix typical of their kind (556 for companies, 2120 for municipalities, 2321 for regions, 2021 for agencies,
 * 802 for associations), so that none is a personnummer.
 */
final class Catalogue {

    private Catalogue() {
    }

    /** A host organisation as the demo uses it; {@code orgNumberStem} is the first nine digits (Swedish hosts). */
    record Host(String name, HostSector sector, String country, String region, String orgNumberStem, String foreignId) {
    }

    static final List<Host> SWEDISH_HOSTS = List.of(
            new Host("Nordväg Logistik AB", HostSector.BUSINESS, "SE", "01", "556712340", null),
            new Host("Skärgårdsenergi AB", HostSector.BUSINESS, "SE", "01", "556823451", null),
            new Host("Mälardalens Verkstads AB", HostSector.BUSINESS, "SE", "19", "556934562", null),
            new Host("Öresund Biotech AB", HostSector.BUSINESS, "SE", "12", "559045673", null),
            new Host("Västkustens Mjukvaruhus AB", HostSector.BUSINESS, "SE", "14", "559156784", null),
            new Host("Norrskensdata AB", HostSector.BUSINESS, "SE", "24", "556267895", null),
            new Host("Bergslagens Stål AB", HostSector.BUSINESS, "SE", "18", "556378906", null),
            new Host("Smålandsmöbler AB", HostSector.BUSINESS, "SE", "06", "556489017", null),
            new Host("Gotlands Besöksnäring AB", HostSector.BUSINESS, "SE", "09", "556590128", null),
            new Host("Lundaklinikens Medtech AB", HostSector.BUSINESS, "SE", "12", "559101239", null),
            new Host("Norrlandsgruppen Skog AB", HostSector.BUSINESS, "SE", "22", "556612340", null),
            new Host("Uppsala Läkemedelsutveckling AB", HostSector.BUSINESS, "SE", "03", "559223451", null),
            new Host("Stockholms stad", HostSector.PUBLIC, "SE", "01", "212000014", null),
            new Host("Malmö stad", HostSector.PUBLIC, "SE", "12", "212000112", null),
            new Host("Lunds kommun", HostSector.PUBLIC, "SE", "12", "212000118", null),
            new Host("Region Skåne", HostSector.PUBLIC, "SE", "12", "232100025", null),
            new Host("Region Stockholm", HostSector.PUBLIC, "SE", "01", "232100001", null),
            new Host("Västra Götalandsregionen", HostSector.PUBLIC, "SE", "14", "232100013", null),
            new Host("Trafikanalysmyndigheten", HostSector.PUBLIC, "SE", "01", "202100629", null),
            new Host("Miljöövervakningsverket", HostSector.PUBLIC, "SE", "03", "202100211", null),
            new Host("Umeå kommun", HostSector.PUBLIC, "SE", "24", "212000247", null),
            new Host("Föreningen Läsfrämjandet Syd", HostSector.CIVIL_SOCIETY, "SE", "12", "802004567", null),
            new Host("Stiftelsen Hållbar Stad", HostSector.CIVIL_SOCIETY, "SE", "01", "802015678", null),
            new Host("Idrottsalliansen Norr", HostSector.CIVIL_SOCIETY, "SE", "25", "802026789", null),
            new Host("Riksföreningen för Integration", HostSector.CIVIL_SOCIETY, "SE", "14", "802037890", null),
            new Host("Forskningsinstitutet Näringsliv och Samhälle", HostSector.ACADEMIA, "SE", "01", "202100998", null),
            new Host("Svenska Miljöinstitutet Syd", HostSector.ACADEMIA, "SE", "12", "556048901", null));

    static final List<Host> FOREIGN_HOSTS = List.of(
            new Host("Helsinki Urban Lab Oy", HostSector.BUSINESS, "FI", "Uusimaa", null, "FI 2345678-9"),
            new Host("Rotterdam Port Innovation BV", HostSector.BUSINESS, "NL", "Zuid-Holland", null, "NL 81234567"),
            new Host("Stadt Hamburg Behörde für Umwelt", HostSector.PUBLIC, "DE", "Hamburg", null, "DE 200345678"),
            new Host("Københavns Kommune", HostSector.PUBLIC, "DK", "Hovedstaden", null, "DK 64942212"),
            new Host("Fundación Ciencia Abierta", HostSector.CIVIL_SOCIETY, "ES", "Madrid", null, "ES G12345678"));

    /** Partners of a Knowledge Alliance besides the applicant's institution (HEI, ENTERPRISE or OTHER). */
    record Partner(String name, String type, String country, HostSector sector) {
    }

    static final List<Partner> ALLIANCE_HEIS = List.of(
            new Partner("Aalto University", "HEI", "FI", null),
            new Partner("TU Delft", "HEI", "NL", null),
            new Partner("Universität Stuttgart", "HEI", "DE", null),
            new Partner("Universidad Politécnica de Valencia", "HEI", "ES", null));

    static final List<Partner> ALLIANCE_ENTERPRISES = List.of(
            new Partner("Helsinki Urban Lab Oy", "ENTERPRISE", "FI", null),
            new Partner("Rotterdam Port Innovation BV", "ENTERPRISE", "NL", null),
            new Partner("Bayern Mobility GmbH", "ENTERPRISE", "DE", null),
            new Partner("Valencia Solar SL", "ENTERPRISE", "ES", null));

    static final List<Partner> ALLIANCE_OTHERS = List.of(
            new Partner("European Learning Cities Network", "OTHER", "BE", HostSector.CIVIL_SOCIETY),
            new Partner("Stadt Hamburg Behörde für Umwelt", "OTHER", "DE", HostSector.PUBLIC));

    /** A kind of programme an institution may run; {@code callEvery} years between its calls. */
    record ProgrammeKind(String name, Direction direction, FundingSource fundingSource, List<String> themes,
                         long budgetSek, int callEvery, int minApplications, int maxApplications, long maxGrantSek,
                         int minExtent, int maxExtent, int minMonths, int maxMonths, List<String> staffCategories) {
    }

    static final List<ProgrammeKind> PROGRAMME_KINDS = List.of(
            new ProgrammeKind("PAUS", Direction.OUTBOUND, FundingSource.OWN_FUNDS, List.of("teaching", "student-involvement"),
                    4_000_000, 1, 5, 9, 150_000, 10, 40, 3, 12, List.of("TEACHER", "RESEARCHER")),
            new ProgrammeKind("AkUt", Direction.OUTBOUND, FundingSource.VINNOVA, List.of("innovation", "industry-collaboration"),
                    6_000_000, 2, 4, 8, 250_000, 20, 50, 4, 12, List.of("RESEARCHER", "TEACHER", "DOCTORAL_STUDENT")),
            new ProgrammeKind("Samhällsväxling", Direction.OUTBOUND, FundingSource.OTHER, List.of("public-sector", "sustainability"),
                    2_000_000, 2, 3, 6, 120_000, 10, 30, 3, 9, List.of("TEACHER", "RESEARCHER", "TECHNICAL_ADMINISTRATIVE")),
            new ProgrammeKind("Affilierad kompetens", Direction.INBOUND, FundingSource.OWN_FUNDS, List.of("teaching", "competence-supply"),
                    3_000_000, 1, 4, 7, 100_000, 10, 30, 3, 12, List.of("AFFILIATED_EXTERNAL")),
            new ProgrammeKind("Kunskapsallians", Direction.ALLIANCE, FundingSource.ERASMUS_PLUS, List.of("sustainability", "digitalisation"),
                    9_000_000, 2, 2, 4, 400_000, 20, 50, 24, 36, List.of("RESEARCHER", "TEACHER")));

    static final List<String> TOPICS_RESULT = List.of("course-module", "case-bank", "joint-proposal", "guidelines", "prototype");
    static final List<String> TOPICS_USERS = List.of("master-students", "bachelor-students", "host-staff", "municipal-planners", "teachers");
    static final List<String> TOPICS_ACTIVITY = List.of("seminar-series", "open-lecture", "article", "workshop", "conference-talk");
    static final List<String> TOPICS_SUSTAIN = List.of("syllabus", "continued-collaboration", "framework-agreement");

    static final List<String> PURPOSES = List.of(
            "Develop a course module built on the host's real cases.",
            "Bring current research on circular materials into the host's product development.",
            "Co-design a data platform for the host's planning work, with student projects.",
            "Strengthen teaching with practice from public-sector decision making.",
            "Build a joint research agenda and apply for follow-on funding together.",
            "Transfer methods for evaluation and impact measurement to the host.");

    static final List<String> MUTUAL_VALUES = List.of(
            "The host gets research methods and students; the department gets cases and contacts.",
            "Both sides gain a network and a shared agenda for the coming years.",
            "The host tests new ideas with low risk; teaching gets up-to-date practice.");

    static final List<String> AUDIENCES = List.of("master's students", "host staff", "department colleagues",
            "regional network", "national conference");
}
