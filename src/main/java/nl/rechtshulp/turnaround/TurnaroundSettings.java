package nl.rechtshulp.turnaround;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every {@code rechtshulp.turnaround.*} setting.
 *
 * @param warningShare             the share of the time to the target that may pass before the warning (0.8: at 80%)
 * @param escalationBatch          requests of each kind (warning, breach) escalated per run, most urgent first
 * @param escalationInterval       time between escalation runs
 * @param escalationInitialDelay   time from start-up to the first escalation run
 * @param histogramInterval        time between runs that add up closed months
 * @param histogramInitialDelay    time from start-up to the first of those runs
 * @param dashboardThreads         threads reading the dashboard's side queries; with the callers' own threads this
 *                                 bounds the connections the dashboard can hold at once
 * @param dashboardQueue           side queries that may wait for a thread; beyond it the caller reads them itself
 * @param dashboardConcurrency     dashboards computed at once; more wait their turn (not for a connection), so the
 *                                 dashboard holds at most this many plus {@code dashboardThreads} connections
 * @param dashboardWait            how long a dashboard waits for its turn before answering 503 with Retry-After
 */
@ConfigurationProperties("rechtshulp.turnaround")
record TurnaroundSettings(@DefaultValue("0.8") double warningShare,
                          @DefaultValue("200") int escalationBatch,
                          @DefaultValue("PT5M") Duration escalationInterval,
                          @DefaultValue("PT1M") Duration escalationInitialDelay,
                          @DefaultValue("PT1H") Duration histogramInterval,
                          @DefaultValue("PT1M") Duration histogramInitialDelay,
                          @DefaultValue("2") int dashboardThreads,
                          @DefaultValue("8") int dashboardQueue,
                          @DefaultValue("3") int dashboardConcurrency,
                          @DefaultValue("PT30S") Duration dashboardWait) {
}
