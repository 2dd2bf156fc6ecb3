package dev.guanxi.sales.internal.forecast;

import java.util.TimeZone;
import org.quartz.CronScheduleBuilder;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The weekly forecast snapshot as a Quartz job: the clustered job store lets exactly one node run each
 * firing; a misfired run (all nodes down on Monday morning) runs once when a node is back.
 */
@DisallowConcurrentExecution
public class ForecastSnapshotJob implements Job {

    private static final Logger log = LoggerFactory.getLogger(ForecastSnapshotJob.class);
    static final String NAME = "forecast-snapshot";

    private final ForecastSnapshots snapshots;

    /** Quartz builds the job through Spring's job factory, which passes the bean. */
    public ForecastSnapshotJob(ForecastSnapshots snapshots) {
        this.snapshots = snapshots;
    }

    @Override
    public void execute(JobExecutionContext context) {
        int rows = snapshots.takeToday();
        log.info("Forecast snapshot taken: {} rows", rows);
    }

    @Configuration(proxyBeanMethods = false)
    static class Schedule {

        @Bean
        JobDetail forecastSnapshotJob() {
            return JobBuilder.newJob(ForecastSnapshotJob.class).withIdentity(NAME, "sales")
                    .withDescription("Weekly snapshot of every rep's forecast").storeDurably().requestRecovery().build();
        }

        @Bean
        Trigger forecastSnapshotTrigger(JobDetail forecastSnapshotJob, @Value("${guanxi.forecast.snapshot-cron}") String cron,
                                        @Value("${guanxi.forecast.time-zone}") String zone) {
            return TriggerBuilder.newTrigger().forJob(forecastSnapshotJob).withIdentity(NAME, "sales")
                    .withSchedule(CronScheduleBuilder.cronSchedule(cron).inTimeZone(TimeZone.getTimeZone(zone))
                            .withMisfireHandlingInstructionFireAndProceed())
                    .build();
        }
    }
}
