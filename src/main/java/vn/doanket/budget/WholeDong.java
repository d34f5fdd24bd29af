package vn.doanket.budget;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * Reads an amount of money from JSON as whole đồng: only an integer number is accepted. Without it Jackson would turn
 * {@code 100.5} into 100 silently; here it is refused (400 naming the field) like any unreadable value.
 */
final class WholeDong extends ValueDeserializer<Long> {

	@Override
	public Long deserialize(JsonParser parser, DeserializationContext context) {
		if (parser.currentToken() == JsonToken.VALUE_NUMBER_INT) {
			return parser.getLongValue();
		}
		throw InvalidFormatException.from(parser, "an amount is a whole number of đồng", parser.getString(), Long.class);
	}

}
