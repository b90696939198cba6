package dev.goldshop.engine.probe;

import com.fasterxml.jackson.databind.JsonNode;
import dev.goldshop.core.value.MetalType;
import dev.goldshop.core.value.Money;
import dev.goldshop.core.value.Purity;
import dev.goldshop.core.value.Weight;
import java.net.InetAddress;
import java.time.Instant;
import java.util.UUID;

/** A row of every type the engine's handlers map, for round-trip tests. */
public class ProbeRow {
    public UUID id;
    public JsonNode doc;
    public InetAddress ip;
    public Money amount;
    public Weight weight;
    public Purity purity;
    public MetalType metal;
    public Instant at;
}
