package dev.guanxi.webhook.internal;

import java.time.Duration;
import java.time.Instant;
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

/** The webhook sender as a clustered Quartz job: each round runs on one node; claims keep rounds apart anyway. */
@Configuration(proxyBeanMethods = false)
class WebhookJobs {

    @Bean
    JobDetail webhookDeliveryJob() {
        return JobBuilder.newJob(WebhookDeliveryJob.class).withIdentity("webhook-delivery", "webhook")
                .withDescription("Sends the due deliveries of the webhook outbox").storeDurably().build();
    }

    @Bean
    Trigger webhookDeliveryTrigger(JobDetail webhookDeliveryJob,
                                   @Value("${guanxi.webhooks.poll-interval:PT15S}") Duration interval) {
        return TriggerBuilder.newTrigger().forJob(webhookDeliveryJob).withIdentity("webhook-delivery", "webhook")
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withIntervalInMilliseconds(interval.toMillis())
                        .repeatForever().withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
    }

    @DisallowConcurrentExecution
    static class WebhookDeliveryJob extends QuartzJobBean {

        @Autowired
        private WebhookDelivery delivery;

        @Override
        protected void executeInternal(JobExecutionContext context) {
            delivery.deliverDue(Instant.now());
        }
    }
}
