/**
 * The sales forecast (销售预测): per rep, department and team, for a month or quarter, the open pipeline
 * closing in the period, its weighted value, what the reps call best case and commit, and what was
 * won; managers' judgement figures over it; weekly snapshots and the accuracy of past forecasts.
 */
package dev.guanxi.sales.internal.forecast;
