/**
 * Sales plans (销售计划): targets per rep, team or department for a month or quarter — revenue won, new
 * customers, completed activities — and plan against actual. Sits at the edge: it reads the sales,
 * customer and activity modules through their public query interfaces; only the sales reports read it, through
 * {@link dev.guanxi.planning.RepTargets}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sales plans")
package dev.guanxi.planning;
