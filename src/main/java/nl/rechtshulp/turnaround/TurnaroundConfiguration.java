package nl.rechtshulp.turnaround;

import java.time.Clock;
import java.util.concurrent.ThreadPoolExecutor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

@Configuration
@EnableConfigurationProperties(TurnaroundSettings.class)
class TurnaroundConfiguration {

    /**
     * The dashboard's side queries (overdue list, trend) run here while the caller computes the statistics. Bounded,
     * and a full queue makes the caller read them itself, so ten coordinators at once hold at most ten plus
     * {@code dashboardThreads} connections instead of queueing for connections that their own threads hold.
     */
    @Bean(destroyMethod = "shutdown")
    ThreadPoolTaskExecutor dashboardExecutor(TurnaroundSettings settings) {
        var executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix("dashboard-");
        executor.setCorePoolSize(settings.dashboardThreads());
        executor.setMaxPoolSize(settings.dashboardThreads());
        executor.setQueueCapacity(settings.dashboardQueue());
        executor.setRejectedExecutionHandler(new ThreadPoolExecutor.CallerRunsPolicy());
        executor.initialize();
        return executor;
    }

    /** Escalation and the monthly histograms run on the settings' own intervals. */
    @Bean
    ScheduledTurnaroundWork scheduledTurnaroundWork(TaskScheduler scheduler, TurnaroundSettings settings,
                                                    DeadlineEscalations escalations, TurnaroundHistograms histograms,
                                                    Clock clock) {
        scheduler.scheduleWithFixedDelay(escalations::escalate,
                clock.instant().plus(settings.escalationInitialDelay()), settings.escalationInterval());
        scheduler.scheduleWithFixedDelay(histograms::addUpCompletedMonths,
                clock.instant().plus(settings.histogramInitialDelay()), settings.histogramInterval());
        return new ScheduledTurnaroundWork();
    }

    /** Marks that the turnaround's periodic work is scheduled. */
    static final class ScheduledTurnaroundWork {
    }
}
