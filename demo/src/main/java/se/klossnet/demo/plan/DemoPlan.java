package se.klossnet.demo.plan;

import java.time.LocalDate;
import java.util.List;
import se.klossnet.events.exchange.CancellationReason;
import se.klossnet.events.Direction;
import se.klossnet.events.FundingSource;
import se.klossnet.events.HostSector;
import se.klossnet.events.followup.OutcomeSide;
import se.klossnet.events.followup.OutcomeType;

/**
 * What the demo will write, decided before a single request is sent: every programme, call, application and what
 * becomes of it. The plan is a pure function of the seed, the scale, the institutions and the years, so the same
 * arguments tell the same story.
 */
public record DemoPlan(long seed, Scale scale, int firstYear, int lastYear, List<InstitutionPlan> institutions) {

    /** How big the story is. */
    public enum Scale {
        /** One call per direction per institution, a handful of applications: for tests. */
        SMALL,
        /** Several programmes with calls over every year: a believable national picture (a few hundred applications). */
        FULL
    }

    public int applicationCount() {
        return institutions.stream().mapToInt(InstitutionPlan::applicationCount).sum();
    }

    public record InstitutionPlan(String institution, List<ProgrammePlan> programmes) {
        public List<CallPlan> calls() {
            return programmes.stream().flatMap(p -> p.calls().stream()).toList();
        }

        public List<ApplicationPlan> applications() {
            return calls().stream().flatMap(c -> c.applications().stream()).toList();
        }

        public int applicationCount() {
            return applications().size();
        }

        public long count(Fate fate) {
            return applications().stream().filter(a -> a.fate() == fate).count();
        }
    }

    /** A programme; {@code name} carries the batch marker ("demo &lt;seed&gt;") by which a rerun recognises it. */
    public record ProgrammePlan(String name, Direction direction, FundingSource fundingSource, List<String> themes,
                                long budgetSek, List<CallPlan> calls) {
    }

    /** A call that opened on {@code opensOn}; the API requires a deadline ahead when publishing (see README). */
    public record CallPlan(int year, String titleSv, String titleEn, String descriptionSv, String descriptionEn,
                           LocalDate opensOn, long budgetSek, long maxGrantSek, int minExtentPercent,
                           int maxExtentPercent, int minMonths, int maxMonths, List<String> staffCategories,
                           List<ApplicationPlan> applications) {
    }

    /** What becomes of an application. */
    public enum Fate { WITHDRAWN, ENDORSEMENT_DECLINED, REJECTED, GRANTED }

    public record ApplicationPlan(String staffCategory, HostPlan host, LocalDate plannedStart, LocalDate plannedEnd,
                                 int extentPercent, long salarySek, long travelSek, long otherSek, String purpose,
                                 String mutualValue, String studentInvolvement, DisseminationTopics topics,
                                 AlliancePlan alliance, Fate fate, boolean reviewerConflict, List<Integer> scores,
                                 long grantedSek, ExchangePlan exchange) {
        public long requestedSek() {
            return salarySek + travelSek + otherSek;
        }
    }

    public record HostPlan(String name, String organisationNumber, String foreignId, HostSector sector, String country,
                           String region) {
    }

    public record DisseminationTopics(String result, String users, String activity, String sustainability) {
    }

    public record AlliancePlan(int durationMonths, List<PartnerPlan> partners) {
    }

    public record PartnerPlan(String name, String type, String country, HostSector sector) {
    }

    /** How far a granted exchange gets. */
    public enum ExchangeFate { PLANNED, AGREEMENT_SIGNED, ONGOING, COMPLETED, CANCELLED }

    public record ExchangePlan(ExchangeFate fate, CancellationReason cancellationReason, long monthlySalarySek,
                               List<CostPlan> costs, SurveyPlan surveys, List<OutcomePlan> outcomes,
                               List<ActivityPlan> activities) {
    }

    /** An actual cost; {@code type} is the exchange-service's cost type (SALARY, TRAVEL, HOST_COMPENSATION, OTHER). */
    public record CostPlan(String type, long amountSek, LocalDate bookedOn) {
    }

    /** The scores the three respondents give (1–5 for Likert questions, 0–10 for NPS); null: they do not answer. */
    public record SurveyPlan(Integer participantScore, Integer participantNps, Integer hostScore, Integer hostNps,
                             Integer managerScore) {
    }

    public record OutcomePlan(OutcomeType type, OutcomeSide side, boolean evidence) {
    }

    /** A dissemination activity (SEMINAR, ARTICLE, COURSE, REPORT, WEB, CONFERENCE, OTHER). */
    public record ActivityPlan(String type, String audience) {
    }
}
