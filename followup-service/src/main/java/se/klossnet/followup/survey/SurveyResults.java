package se.klossnet.followup.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.klossnet.events.followup.RespondentRole;
import se.klossnet.followup.NodeCalendar;
import se.klossnet.platform.problem.ValidationFailed;

/** Survey results per questionnaire, filtered by programme, call, respondent and period (the day answered). */
@ApplicationScoped
public class SurveyResults {

    private final EntityManager entityManager;
    private final SurveyTemplateRepository templates;

    public SurveyResults(EntityManager entityManager, SurveyTemplateRepository templates) {
        this.entityManager = entityManager;
        this.templates = templates;
    }

    public ResultsView aggregate(String institution, String templateKey, RespondentRole role, String programmeId,
                                 String callId, LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new ValidationFailed("to", "must not be before from");
        }
        List<SurveyResponse> found = responses(institution, templateKey, role, programmeId, callId, from, to);
        List<Question> questions = questionsOf(institution, templateKey, found);
        List<ResultsView.QuestionResult> results = new ArrayList<>();
        for (Question q : questions) {
            results.add(resultOf(q, found));
        }
        return new ResultsView(templateKey, role, programmeId, callId, from, to, found.size(), results);
    }

    private List<SurveyResponse> responses(String institution, String templateKey, RespondentRole role,
                                           String programmeId, String callId, LocalDate from, LocalDate to) {
        StringBuilder jpql = new StringBuilder("""
                select r from SurveyResponse r, SurveyDistribution d, FollowedExchange e
                where r.distributionId = d.id and d.exchangeId = e.id
                and r.institution = :institution and d.templateKey = :key""");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("institution", institution);
        parameters.put("key", templateKey);
        if (role != null) {
            jpql.append(" and d.respondentRole = :role");
            parameters.put("role", role);
        }
        if (programmeId != null) {
            jpql.append(" and e.programmeId = :programmeId");
            parameters.put("programmeId", programmeId);
        }
        if (callId != null) {
            jpql.append(" and e.applicationId in (select g.applicationId from Grant g where g.callId = :callId)");
            parameters.put("callId", callId);
        }
        if (from != null) {
            jpql.append(" and r.answeredAt >= :fromInstant");
            parameters.put("fromInstant", startOf(from));
        }
        if (to != null) {
            jpql.append(" and r.answeredAt < :toInstant");
            parameters.put("toInstant", startOf(to.plusDays(1)));
        }
        TypedQuery<SurveyResponse> query = entityManager.createQuery(jpql.toString(), SurveyResponse.class);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    /** The questions of the newest version, then any question that only older versions asked. */
    private List<Question> questionsOf(String institution, String key, List<SurveyResponse> found) {
        Map<String, Question> byKey = new LinkedHashMap<>();
        templates.latest(institution, key).ifPresent(t -> t.questions().forEach(q -> byKey.put(q.key(), q)));
        found.stream().map(SurveyResponse::templateId).distinct().map(templates::findById)
                .forEach(t -> t.questions().forEach(q -> byKey.putIfAbsent(q.key(), q)));
        return List.copyOf(byKey.values());
    }

    static ResultsView.QuestionResult resultOf(Question q, List<SurveyResponse> found) {
        List<Object> answers = found.stream().map(r -> r.answers().get(q.key())).filter(a -> a != null).toList();
        if (q.type().isScore()) {
            Map<String, Long> distribution = new LinkedHashMap<>();
            for (int v = q.type().min(); v <= q.type().max(); v++) {
                distribution.put(Integer.toString(v), 0L);
            }
            long sum = 0;
            for (Object a : answers) {
                int v = ((Number) a).intValue();
                distribution.merge(Integer.toString(v), 1L, Long::sum);
                sum += v;
            }
            BigDecimal mean = answers.isEmpty() ? null
                    : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(answers.size()), 2, RoundingMode.HALF_UP);
            Integer nps = null;
            if (q.type() == QuestionType.NPS_0_10 && !answers.isEmpty()) {
                long promoters = answers.stream().filter(a -> ((Number) a).intValue() >= 9).count();
                long detractors = answers.stream().filter(a -> ((Number) a).intValue() <= 6).count();
                nps = BigDecimal.valueOf((promoters - detractors) * 100L)
                        .divide(BigDecimal.valueOf(answers.size()), 0, RoundingMode.HALF_UP).intValue();
            }
            return new ResultsView.QuestionResult(q.key(), q.type(), q.textSv(), q.textEn(), answers.size(), mean,
                    distribution, nps, null);
        }
        if (q.type().hasChoices()) {
            Map<String, Long> choices = new LinkedHashMap<>();
            q.choicesOrEmpty().forEach(c -> choices.put(c.key(), 0L));
            for (Object a : answers) {
                List<?> picked = a instanceof List<?> list ? list : List.of(a);
                picked.forEach(p -> choices.merge(p.toString(), 1L, Long::sum));
            }
            return new ResultsView.QuestionResult(q.key(), q.type(), q.textSv(), q.textEn(), answers.size(), null,
                    null, null, choices);
        }
        return new ResultsView.QuestionResult(q.key(), q.type(), q.textSv(), q.textEn(), answers.size(), null, null,
                null, null);
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(NodeCalendar.ZONE).toInstant();
    }
}
