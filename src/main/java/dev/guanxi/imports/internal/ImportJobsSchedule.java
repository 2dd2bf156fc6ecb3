package dev.guanxi.imports.internal;

import java.time.Duration;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * A short clustered Quartz round that looks for waiting imports — those queued while every worker was
 * busy, and those left running by a node that died — and hands one to this node's worker.
 */
@Configuration(proxyBeanMethods = false)
class ImportJobsSchedule {

    @Bean
    JobDetail importPollJob() {
        return JobBuilder.newJob(ImportPollJob.class).withIdentity("import-poll", "imports")
                .withDescription("Starts waiting and orphaned imports").storeDurably().build();
    }

    @Bean
    Trigger importPollTrigger(JobDetail importPollJob, @Value("${guanxi.imports.poll-interval:PT10S}") Duration interval) {
        return TriggerBuilder.newTrigger().forJob(importPollJob).withIdentity("import-poll", "imports")
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withIntervalInMilliseconds(interval.toMillis())
                        .repeatForever().withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
    }

    @DisallowConcurrentExecution
    static class ImportPollJob extends QuartzJobBean {

        @Autowired
        private ImportWorker worker;

        @Override
        protected void executeInternal(JobExecutionContext context) {
            worker.poll();
        }
    }
}
