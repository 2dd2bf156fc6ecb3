package dev.guanxi.identity;

/**
 * Whether a module already holds business records. Modules that own business data implement it, so
 * that start-up work meant for an empty database (the demo company, GUANXI_DEMO_DATA) can ask every
 * module without depending on any of them — identity sits below them all.
 */
public interface BusinessData {

    /** True as soon as the module holds one record (deleted ones count: they are someone's data). */
    boolean present();
}
