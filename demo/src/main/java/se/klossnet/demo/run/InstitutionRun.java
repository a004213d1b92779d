package se.klossnet.demo.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import se.klossnet.demo.http.Api;
import se.klossnet.demo.http.DemoException;
import se.klossnet.demo.plan.DemoPlan.ActivityPlan;
import se.klossnet.demo.plan.DemoPlan.ApplicationPlan;
import se.klossnet.demo.plan.DemoPlan.CallPlan;
import se.klossnet.demo.plan.DemoPlan.CostPlan;
import se.klossnet.demo.plan.DemoPlan.ExchangeFate;
import se.klossnet.demo.plan.DemoPlan.ExchangePlan;
import se.klossnet.demo.plan.DemoPlan.Fate;
import se.klossnet.demo.plan.DemoPlan.InstitutionPlan;
import se.klossnet.demo.plan.DemoPlan.OutcomePlan;
import se.klossnet.demo.plan.DemoPlan.ProgrammePlan;
import se.klossnet.demo.plan.DemoPlan.SurveyPlan;
import se.klossnet.demo.plan.DemoPlanner;
import se.klossnet.demo.run.Tally.Item;

/**
 * Tells one institution's part of the story through its node's REST APIs, as its people would: the coordinator
 * runs programmes, calls, reviews, decisions, agreements and follow-up; staff apply, sign and answer surveys; the
 * manager endorses; the reviewer declares conflicts and scores; finance books costs; the host contact signs and
 * answers through single-use links. Calls run in parallel on the pool; each call's applications, and each grant's
 * exchange and follow-up, run in order.
 */
public final class InstitutionRun {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    /** How long the demo waits for what travels over Kafka (a grant reaching the exchange-service, …). */
    private static final Duration EVENT_WAIT = Duration.ofMinutes(3);

    private final Api api;
    private final NodeEndpoints node;
    private final InstitutionPlan plan;
    private final long seed;
    private final Tally tally;
    private final ExecutorService pool;
    private final String inst;
    private final ConcurrentLinkedQueue<Future<?>> tasks = new ConcurrentLinkedQueue<>();
    /** Completed exchanges per call, for the focus group that follows each call's round. */
    private final Map<CallPlan, List<String>> completedByCall = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<CallPlan, String> programmeIdOfCall = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger callsLeft = new java.util.concurrent.atomic.AtomicInteger();

    public InstitutionRun(Api api, NodeEndpoints node, InstitutionPlan plan, long seed, Tally tally,
                          ExecutorService pool) {
        this.api = api;
        this.node = node;
        this.plan = plan;
        this.seed = seed;
        this.tally = tally;
        this.pool = pool;
        this.inst = plan.institution();
    }

    private String coordinator() {
        return inst + "-coordinator";
    }

    private String staff() {
        return inst + "-staff";
    }

    private String manager() {
        return inst + "-manager";
    }

    private String reviewer() {
        return inst + "-reviewer";
    }

    private String finance() {
        return inst + "-finance";
    }

    /**
     * Why this institution must be left out, or null: it already holds this seed's batch (programmes with the
     * seed's marker in their names), whole or from an interrupted run.
     */
    public String existingBatch() {
        String q = URLEncoder.encode(DemoPlanner.marker(seed), StandardCharsets.UTF_8);
        JsonNode page = api.get(coordinator(), node.call("/programmes?size=100&q=" + q));
        long found = 0;
        for (JsonNode p : page.path("items")) {
            if (p.path("name").asText().endsWith(DemoPlanner.marker(seed))) {
                found++;
            }
        }
        if (found == 0) {
            return null;
        }
        return found >= plan.programmes().size()
                ? "already holds the batch of seed " + seed + "; run with another --seed to add a batch"
                : "holds part of the batch of seed " + seed + " (an interrupted run); run with another --seed";
    }

    /** Runs the whole plan; returns when every call, exchange and follow-up is done, or throws the first failure. */
    public void run() throws Exception {
        tally.step("programmes");
        callsLeft.set(plan.calls().size());
        for (ProgrammePlan programme : plan.programmes()) {
            JsonNode created = api.post(coordinator(), node.call("/programmes"), new Bodies.NewProgramme(
                    programme.name(), programme.direction(), programme.fundingSource(), programme.themes(),
                    programme.budgetSek()));
            tally.add(Item.PROGRAMMES);
            String programmeId = created.path("id").asText();
            for (CallPlan call : programme.calls()) {
                programmeIdOfCall.put(call, programmeId);
                tasks.add(pool.submit(() -> {
                    runCall(programmeId, call);
                    if (callsLeft.decrementAndGet() == 0) {
                        tally.step("exchanges, follow-up");
                    }
                    return null;
                }));
            }
        }
        tally.step("calls and applications");
        awaitAll();
        tally.step("focus groups");
        for (Map.Entry<CallPlan, List<String>> e : completedByCall.entrySet()) {
            focusGroup(programmeIdOfCall.get(e.getKey()), e.getKey(), e.getValue());
        }
        tally.step("done");
    }

    private void awaitAll() throws Exception {
        Future<?> next;
        while ((next = tasks.poll()) != null) {
            next.get();
        }
    }

    // --- call-service: a call from publication to decision ---------------------------------------------------

    private void runCall(String programmeId, CallPlan call) {
        Instant opensAt = call.opensOn().atTime(LocalTime.of(8, 0)).atZone(STOCKHOLM).toInstant();
        // Publishing needs a deadline ahead; the call is closed by hand as soon as its applications are in.
        Instant closesAt = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        JsonNode created = api.post(coordinator(), node.call("/calls"), new Bodies.NewCall(programmeId,
                new Bodies.Text(call.titleSv(), call.titleEn()), new Bodies.Text(call.descriptionSv(), call.descriptionEn()),
                opensAt, closesAt, call.budgetSek(), call.maxGrantSek(), call.minExtentPercent(),
                call.maxExtentPercent(), call.minMonths(), call.maxMonths(), call.staffCategories(), 1, true));
        String callId = created.path("id").asText();
        api.post(coordinator(), node.call("/calls/" + callId + "/publish"), null);
        tally.add(Item.CALLS);

        List<String> ids = new ArrayList<>();
        for (ApplicationPlan application : call.applications()) {
            ids.add(apply(callId, application));
        }
        api.post(coordinator(), node.call("/calls/" + callId + "/close"), null);
        for (int i = 0; i < ids.size(); i++) {
            ApplicationPlan application = call.applications().get(i);
            String applicationId = ids.get(i);
            if (application.fate() == Fate.GRANTED || application.fate() == Fate.REJECTED) {
                review(applicationId, application);
                decide(applicationId, application);
            } else if (application.fate() == Fate.ENDORSEMENT_DECLINED) {
                // Without the manager's support it is not reviewed; the coordinator closes it with a rejection.
                api.post(coordinator(), node.call("/applications/" + applicationId + "/decision"),
                        new Bodies.Decision("REJECT", null, "Not endorsed by the applicant's manager."));
                tally.add(Item.REJECTED);
            }
            tally.unitDone();
            if (application.fate() == Fate.GRANTED) {
                tasks.add(pool.submit(() -> {
                    runExchange(call, applicationId, application);
                    return null;
                }));
            }
        }
    }

    private String apply(String callId, ApplicationPlan a) {
        var host = a.host();
        var topics = a.topics();
        Bodies.Alliance alliance = a.alliance() == null ? null : new Bodies.Alliance(a.alliance().durationMonths(),
                a.alliance().partners().stream().map(p -> new Bodies.Partner(p.name(), p.type(), p.country(), null,
                        p.sector())).toList());
        long months = ChronoUnit.MONTHS.between(a.plannedStart(), a.plannedEnd().plusDays(1));
        Bodies.NewApplication body = new Bodies.NewApplication(a.staffCategory(),
                new Bodies.Host(host.name(), host.organisationNumber(), host.foreignId(), host.sector(), host.country(),
                        host.region()),
                a.plannedStart(), a.plannedEnd(), a.extentPercent(), new Bodies.Budget(a.salarySek(), a.travelSek(), a.otherSek()),
                a.purpose(), a.mutualValue(), a.studentInvolvement(),
                new Bodies.DisseminationPlan(
                        new Bodies.Answer("The expected result: " + topics.result().replace('-', ' ') + ".", List.of(topics.result())),
                        new Bodies.Answer("Practice the curriculum lacks today.", List.of()),
                        new Bodies.Answer("Users: " + topics.users().replace('-', ' ') + ".", List.of(topics.users())),
                        new Bodies.Answer("Spread through " + topics.activity().replace('-', ' ') + ".", List.of(topics.activity())),
                        new Bodies.Answer(months + " months at " + a.extentPercent() + " percent of full time.", List.of()),
                        new Bodies.Answer("Lives on through " + topics.sustainability().replace('-', ' ') + ".", List.of(topics.sustainability()))),
                alliance);
        String id = api.post(staff(), node.call("/calls/" + callId + "/applications"), body).path("id").asText();
        api.post(staff(), node.call("/applications/" + id + "/submit"), null);
        tally.add(Item.APPLICATIONS);
        switch (a.fate()) {
            case WITHDRAWN -> {
                api.post(staff(), node.call("/applications/" + id + "/withdraw"), null);
                tally.add(Item.WITHDRAWN);
            }
            case ENDORSEMENT_DECLINED -> {
                api.post(manager(), node.call("/applications/" + id + "/endorsement"),
                        new Bodies.Endorsement("DECLINE", "The unit cannot spare the time this term."));
                tally.add(Item.DECLINED);
            }
            default -> {
                api.post(manager(), node.call("/applications/" + id + "/endorsement"),
                        new Bodies.Endorsement("ENDORSE", "Supported; it fits the unit's plan."));
                tally.add(Item.ENDORSED);
            }
        }
        return id;
    }

    private static final List<String> CRITERIA = List.of("strategic-relevance", "mutual-value", "endorsement",
            "dissemination-plan");

    /** The reviewer is assigned, declares (a conflict in some cases, which takes them off), and scores. */
    private void review(String applicationId, ApplicationPlan a) {
        JsonNode assigned = api.post(coordinator(), node.call("/applications/" + applicationId + "/reviews"),
                new Bodies.Assignment(List.of(reviewer())));
        String reviewId = assigned.path(0).path("id").asText();
        if (a.reviewerConflict()) {
            api.post(reviewer(), node.call("/reviews/" + reviewId + "/declaration"), new Bodies.Declaration("CONFLICT",
                    "I have worked with " + a.host().name() + " in the last three years."));
            tally.add(Item.CONFLICTS);
            return;
        }
        JsonNode declared = api.post(reviewer(), node.call("/reviews/" + reviewId + "/declaration"),
                new Bodies.Declaration("NONE", null));
        List<Bodies.Score> scores = new ArrayList<>();
        for (int i = 0; i < CRITERIA.size(); i++) {
            int score = a.scores().get(i);
            scores.add(new Bodies.Score(CRITERIA.get(i), score, score >= 4 ? "Convincing." : "Needs more detail."));
        }
        api.put(reviewer(), node.call("/reviews/" + reviewId + "/scores"),
                new Bodies.Scores(scores, declared.path("version").asLong()));
    }

    private void decide(String applicationId, ApplicationPlan a) {
        if (a.fate() == Fate.GRANTED) {
            api.post(coordinator(), node.call("/applications/" + applicationId + "/decision"),
                    new Bodies.Decision("GRANT", a.grantedSek(), "Strong mutual value and a clear dissemination plan."));
            tally.add(Item.GRANTED);
        } else {
            api.post(coordinator(), node.call("/applications/" + applicationId + "/decision"),
                    new Bodies.Decision("REJECT", null, "Ranked below the funded applications this round."));
            tally.add(Item.REJECTED);
        }
    }

    // --- exchange-service: agreement, budget, costs, lifecycle --------------------------------------------------

    private void runExchange(CallPlan call, String applicationId, ApplicationPlan a) {
        ExchangePlan x = a.exchange();
        // ApplicationGranted travels over Kafka to the exchange-service, which plans the exchange.
        JsonNode exchange = awaitJson(coordinator(), node.exchange("/exchanges?applicationId=" + applicationId),
                page -> page.path("total").asInt() > 0).path("items").path(0);
        String id = exchange.path("id").asText();
        tally.add(Item.EXCHANGES);

        String hostContact = hostContactName(a);
        JsonNode agreement = api.put(coordinator(), node.exchange("/exchanges/" + id + "/agreement"),
                new Bodies.AgreementTerms(staff(), "Demo participant (" + staff() + ")", hostContact,
                        "contact@" + a.host().name().toLowerCase().replaceAll("[^a-z]", "") + ".example",
                        a.host().sector().name().equals("BUSINESS") ? "EXTENDED" : "STANDARD",
                        a.host().sector().name().equals("BUSINESS") ? "JOINT" : "TEACHER_EXEMPTION",
                        "STATE_INSURANCE", "Travel is paid from the grant; the host provides a workplace.",
                        exchange.path("version").asLong()));
        if (x.fate() != ExchangeFate.PLANNED) {
            sign(id, agreement, hostContact);
            tally.add(Item.SIGNED);
        }
        if (x.fate() == ExchangeFate.CANCELLED) {
            api.post(coordinator(), node.exchange("/exchanges/" + id + "/cancel"),
                    new Bodies.Cancellation(x.cancellationReason(), version(id)));
            tally.add(Item.CANCELLED);
            tally.unitDone();
            tally.unitDone();
            return;
        }
        if (x.fate() != ExchangeFate.PLANNED) {
            api.put(coordinator(), node.exchange("/exchanges/" + id + "/budget"), new Bodies.BudgetPlan(
                    BigDecimal.valueOf(x.monthlySalarySek()), BigDecimal.valueOf(a.travelSek()), BigDecimal.ZERO,
                    BigDecimal.valueOf(a.otherSek()), version(id)));
        }
        if (x.fate() == ExchangeFate.ONGOING || x.fate() == ExchangeFate.COMPLETED) {
            // The service dates the start (and the completion) on its own today; see the README.
            lifecycle(id, "start", "ONGOING", "COMPLETED");
            tally.add(Item.STARTED);
            bookCosts(id, x.costs());
            if (x.fate() == ExchangeFate.COMPLETED) {
                lifecycle(id, "complete", "COMPLETED");
                tally.add(Item.COMPLETED);
                completedByCall.computeIfAbsent(call, c -> java.util.Collections.synchronizedList(new ArrayList<>())).add(id);
            }
        }
        tally.unitDone();
        if (x.fate() == ExchangeFate.ONGOING || x.fate() == ExchangeFate.COMPLETED) {
            followUp(id, a, x);
        }
        tally.unitDone();
    }

    /**
     * Starts or completes an exchange by hand. The service's calendar (every 15 min) may have done it a moment
     * earlier for an exchange whose start or end date has passed; then the command gets 409 and there is nothing
     * left to do.
     */
    private void lifecycle(String exchangeId, String command, String... doneStates) {
        try {
            api.post(coordinator(), node.exchange("/exchanges/" + exchangeId + "/" + command),
                    new Bodies.Version(version(exchangeId)));
        } catch (DemoException e) {
            String status = api.get(coordinator(), node.exchange("/exchanges/" + exchangeId)).path("status").asText();
            if (e.status() != 409 || !List.of(doneStates).contains(status)) {
                throw e;
            }
        }
    }

    /**
     * Salaries come from the institution's finance system (a cost import with its client-credentials token), when
     * the realm has such a client for the institution; everything else finance books by hand.
     */
    private void bookCosts(String exchangeId, List<CostPlan> costs) {
        List<Map<String, Object>> imported = new ArrayList<>();
        int n = 0;
        for (CostPlan cost : costs) {
            String ref = "demo-" + seed + "-" + exchangeId.substring(0, 8) + "-" + (++n);
            if (cost.type().equals("SALARY") && financeSystem() != null) {
                imported.add(Map.of("exchangeId", exchangeId, "type", cost.type(), "amountSek", cost.amountSek(),
                        "bookedOn", cost.bookedOn().toString(), "externalRef", ref));
            } else {
                api.post(finance(), node.exchange("/exchanges/" + exchangeId + "/costs"), new Bodies.Cost(cost.type(),
                        BigDecimal.valueOf(cost.amountSek()), cost.bookedOn(), ref));
                tally.add(Item.COSTS);
            }
        }
        if (!imported.isEmpty()) {
            JsonNode report = api.post(financeSystem(), node.exchange("/finance/cost-imports?mode=ALL_OR_NOTHING"), imported);
            for (int i = 0; i < report.path("imported").asInt(); i++) {
                tally.add(Item.COSTS);
            }
        }
    }

    private volatile String financeSystem;
    private volatile boolean financeSystemChecked;

    /** The institution's systems client ({@code client:<inst>-systems}) if Keycloak has one, else null. */
    private String financeSystem() {
        if (!financeSystemChecked) {
            String who = "client:" + inst + "-systems";
            financeSystem = api.tokens().available(who) ? who : null;
            financeSystemChecked = true;
        }
        return financeSystem;
    }

    private long version(String exchangeId) {
        return api.get(coordinator(), node.exchange("/exchanges/" + exchangeId)).path("version").asLong();
    }

    /** The three parties sign the waiting version: home institution and participant with accounts, the host by link. */
    private void sign(String exchangeId, JsonNode agreement, String hostContact) {
        int number = agreement.path("number").asInt();
        String sha = agreement.path("documentSha256").asText();
        api.post(coordinator(), node.exchange("/exchanges/" + exchangeId + "/agreement/signatures"),
                new Bodies.AccountSignature("HOME_INSTITUTION", number, sha));
        api.post(staff(), node.exchange("/exchanges/" + exchangeId + "/agreement/signatures"),
                new Bodies.AccountSignature("PARTICIPANT", number, sha));
        JsonNode link = api.post(coordinator(), node.exchange("/exchanges/" + exchangeId + "/agreement/links"),
                new Bodies.LinkRequest("HOST_CONTACT"));
        String url = node.exchange(link.path("path").asText());
        // The host contact reads what they sign, then signs that text.
        String shown = api.get(null, url).path("documentSha256").asText();
        api.post(null, url, new Bodies.LinkSignature(shown, hostContact));
    }

    private static String hostContactName(ApplicationPlan a) {
        List<String> first = List.of("Anna", "Johan", "Fatima", "Lars", "Emma", "Ali", "Karin", "Mikael", "Sara", "Per");
        List<String> last = List.of("Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson");
        int h = Math.abs((a.host().name() + a.plannedStart()).hashCode());
        return first.get(h % first.size()) + " " + last.get((h / 7) % last.size());
    }

    // --- followup-service: participant, logbook, outcomes, dissemination, surveys ------------------------------

    private void followUp(String exchangeId, ApplicationPlan a, ExchangePlan x) {
        boolean completed = x.fate() == ExchangeFate.COMPLETED;
        JsonNode followed = awaitJson(coordinator(), node.followup("/exchanges/" + exchangeId),
                e -> e.hasNonNull("startedOn") && (!completed || "COMPLETED".equals(e.path("state").asText())));
        // Outcomes, entries and activities are dated within the exchange as the service knows it (from its start).
        LocalDate on = LocalDate.parse(followed.path("startedOn").asText());
        api.put(coordinator(), node.followup("/exchanges/" + exchangeId + "/participant"),
                new Bodies.ParticipantLink(staff(), null));
        api.post(staff(), node.followup("/exchanges/" + exchangeId + "/logbook/entries"), Map.of(
                "writtenOn", on.toString(), "text", "First day at " + a.host().name() + ": met the team and agreed the plan.",
                "tags", List.of("start"), "shared", Boolean.TRUE));
        for (OutcomePlan outcome : x.outcomes()) {
            api.post(coordinator(), node.followup("/exchanges/" + exchangeId + "/outcomes"), new Bodies.Outcome(
                    outcome.type(), outcome.side(), on, describe(outcome, a),
                    outcome.evidence() ? "https://example.org/evidence/" + exchangeId.substring(0, 8) : null));
            tally.add(Item.OUTCOMES);
        }
        for (ActivityPlan activity : x.activities()) {
            api.post(staff(), node.followup("/exchanges/" + exchangeId + "/dissemination/activities"),
                    new Bodies.Activity(activity.type(), activity.audience(), on,
                            "Results of the exchange with " + a.host().name() + "."));
            tally.add(Item.ACTIVITIES);
        }
        if (x.surveys() != null) {
            surveys(exchangeId, x.surveys());
        }
    }

    private static String describe(OutcomePlan outcome, ApplicationPlan a) {
        return switch (outcome.type()) {
            case COURSE_CONTENT -> "A course module now uses cases from " + a.host().name() + ".";
            case STUDENT_THESIS_OR_PROJECT -> "Two student theses at " + a.host().name() + ".";
            case JOINT_PROJECT_OR_APPLICATION -> "A joint application for follow-on funding.";
            case JOINT_PUBLICATION -> "A joint article with the host.";
            case COLLABORATION_AGREEMENT -> "A framework agreement on collaboration was signed.";
            case RECRUITMENT -> "The host recruited a graduate met during the exchange.";
            case INNOVATION_OR_IP -> "A prototype the host develops further.";
            case CONTINUED_COLLABORATION -> "Collaboration continues with regular meetings.";
            case PROGRAMME_ADOPTED -> "Another department adopted the programme's model.";
        };
    }

    /** The end-of-exchange surveys: the participant with their account, host contact and manager through links. */
    private void surveys(String exchangeId, SurveyPlan s) {
        JsonNode distributions = awaitJson(coordinator(),
                node.followup("/survey-distributions?round=END_OF_EXCHANGE&exchangeId=" + exchangeId),
                page -> page.path("total").asInt() >= 3).path("items");
        SplittableRandom random = new SplittableRandom(seed ^ exchangeId.hashCode());
        for (JsonNode d : distributions) {
            String id = d.path("id").asText();
            String role = d.path("respondentRole").asText();
            Integer score = switch (role) {
                case "PARTICIPANT" -> s.participantScore();
                case "HOST_CONTACT" -> s.hostScore();
                default -> s.managerScore();
            };
            if (score == null || !"OPEN".equals(d.path("status").asText())) {
                continue;
            }
            int nps = role.equals("HOST_CONTACT") ? s.hostNps() : s.participantNps();
            if (role.equals("PARTICIPANT")) {
                JsonNode questionnaire = api.get(staff(), node.followup("/me/surveys/" + id + "/questionnaire"));
                api.post(staff(), node.followup("/me/surveys/" + id + "/response"),
                        new Bodies.AnswerSheet(answers(questionnaire, score, nps, random)));
            } else {
                JsonNode link = api.post(coordinator(), node.followup("/survey-distributions/" + id + "/link"), null);
                String url = node.followup("/survey-links/" + link.path("token").asText());
                JsonNode questionnaire = api.get(null, url);
                api.post(null, url + "/response", new Bodies.AnswerSheet(answers(questionnaire, score, nps, random)));
            }
            tally.add(Item.SURVEY_RESPONSES);
        }
    }

    /** Answers every required question (and the scored optional ones) in line with the planned score. */
    static Map<String, Object> answers(JsonNode questionnaire, int score, int nps, SplittableRandom random) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (JsonNode q : questionnaire.path("questions")) {
            String key = q.path("key").asText();
            boolean required = q.path("required").asBoolean();
            JsonNode choices = q.path("choices");
            switch (q.path("type").asText()) {
                case "LIKERT_5" -> answers.put(key, Math.max(1, Math.min(5, score + random.nextInt(3) - 1)));
                case "NPS_0_10" -> answers.put(key, nps);
                case "SINGLE_CHOICE" -> {
                    if (choices.size() > 0) {
                        // Choices run from the most to the least favourable or the other way round; a high score
                        // picks the favourable end as the default questionnaires list it.
                        int index = score >= 4 ? 0 : Math.min(choices.size() - 1, random.nextInt(choices.size()));
                        answers.put(key, choices.path(index).path("key").asText());
                    }
                }
                case "MULTI_CHOICE" -> {
                    if (choices.size() > 0 && (required || random.nextBoolean())) {
                        answers.put(key, List.of(choices.path(random.nextInt(choices.size())).path("key").asText()));
                    }
                }
                default -> {
                    if (required) {
                        answers.put(key, "Valuable for both sides.");
                    }
                }
            }
        }
        return answers;
    }

    private void focusGroup(String programmeId, CallPlan call, List<String> exchangeIds) {
        // Held after the round's exchanges had ended: the latest planned end plus a month, never after today.
        LocalDate heldOn = call.applications().stream().filter(a -> a.exchange() != null)
                .map(ApplicationPlan::plannedEnd).max(LocalDate::compareTo).orElse(call.opensOn()).plusMonths(1);
        LocalDate today = LocalDate.now(STOCKHOLM);
        if (heldOn.isAfter(today)) {
            heldOn = today;
        }
        List<String> ids = exchangeIds.size() > 100 ? exchangeIds.subList(0, 100) : exchangeIds;
        api.post(coordinator(), node.followup("/focus-groups"), new Bodies.FocusGroup(programmeId, heldOn,
                "Programme coordinator", List.copyOf(ids), 2, List.of("mutual-value", "student-involvement"),
                "What worked, what to change in the next call."));
        tally.add(Item.FOCUS_GROUPS);
    }

    private JsonNode awaitJson(String user, String url, Predicate<JsonNode> ready) {
        Instant deadline = Instant.now().plus(EVENT_WAIT);
        while (true) {
            Api.Reply reply = api.getOrMissing(user, url);
            if (reply.status() == 200 && ready.test(reply.body())) {
                return reply.body();
            }
            if (Instant.now().isAfter(deadline)) {
                throw new DemoException("waited " + EVENT_WAIT.toMinutes() + " min for " + url
                        + " (events from Kafka did not arrive; is the node's relay or consumer running?)");
            }
            Api.sleep(Duration.ofMillis(500));
        }
    }
}
