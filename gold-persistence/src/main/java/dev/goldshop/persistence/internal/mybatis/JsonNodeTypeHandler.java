package dev.goldshop.persistence.internal.mybatis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;
import org.postgresql.util.PGobject;

/** JSONB columns as Jackson trees, through the engine's one {@link ObjectMapper}. */
public final class JsonNodeTypeHandler extends BaseTypeHandler<JsonNode> {
    private final ObjectMapper json;

    /**
     * Creates the handler.
     *
     * @param json the engine's object mapper
     */
    public JsonNodeTypeHandler(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void setNonNullParameter(PreparedStatement ps, int i, JsonNode parameter, JdbcType jdbcType)
            throws SQLException {
        PGobject value = new PGobject();
        value.setType("jsonb");
        try {
            value.setValue(json.writeValueAsString(parameter));
        } catch (JsonProcessingException e) {
            throw new SQLException("could not write JSON", "22032", e);
        }
        ps.setObject(i, value);
    }

    @Override
    public JsonNode getNullableResult(ResultSet rs, String columnName) throws SQLException {
        return parse(rs.getString(columnName));
    }

    @Override
    public JsonNode getNullableResult(ResultSet rs, int columnIndex) throws SQLException {
        return parse(rs.getString(columnIndex));
    }

    @Override
    public JsonNode getNullableResult(CallableStatement cs, int columnIndex) throws SQLException {
        return parse(cs.getString(columnIndex));
    }

    private JsonNode parse(String text) throws SQLException {
        if (text == null) {
            return null;
        }
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new SQLException("stored JSON could not be read", "22032", e);
        }
    }
}
