package dev.goldshop.engine.probe;

import java.util.UUID;
import org.apache.ibatis.annotations.Param;

/** A test-only mapper, registered through the module SPI like any module's. */
public interface ProbeMapper {
    int createTable();

    int insert(ProbeRow row);

    ProbeRow selectById(@Param("id") UUID id);

    long count();

    int lockRow(@Param("id") UUID id);
}
