package dev.goldshop.engine.probe;

import dev.goldshop.engine.spi.GoldShopModule;
import dev.goldshop.engine.spi.ModuleContext;
import java.util.ArrayList;
import java.util.List;

/** A module that registers the probe mapper and records its lifecycle. */
public class ProbeModule implements GoldShopModule {
    public final List<String> lifecycle = new ArrayList<>();
    public ModuleContext context;

    @Override
    public String name() {
        return "probe";
    }

    @Override
    public void configure(ModuleContext moduleContext) {
        this.context = moduleContext;
        moduleContext.addMapper(ProbeMapper.class);
        moduleContext.registerFacade(ProbeFacade.class, new ProbeFacade(moduleContext));
        lifecycle.add("configure");
    }

    @Override
    public void start() {
        lifecycle.add("start");
    }

    @Override
    public void close() {
        lifecycle.add("close");
    }
}
