"""Services88 AI agent (``Remote/Services88/AI.svc``): its operations."""

from __future__ import annotations

from ..runtime import BOOL, BYTES, INT, Operation, Param, STR
from .types.ai_text_style import AI_TEXT_STYLE_CODEC
from .types.appointment_entity import APPOINTMENT_ENTITY_CODEC
from .types.biz_card import BIZ_CARD_CODEC
from .types.categorization_status_response import CATEGORIZATION_STATUS_RESPONSE_CODEC
from .types.chatbot_turn import CHATBOT_TURN_CODEC, LIST_OF_CHATBOT_TURN_CODEC
from .types.copilot_data_source_entity import COPILOT_DATA_SOURCE_ENTITY_CODEC
from .types.copilot_entity import COPILOT_ENTITY_CODEC
from .types.rag_answer import RAG_ANSWER_CODEC
from .types.rag_result import LIST_OF_RAG_RESULT_CODEC
from .types.rag_type import RAG_TYPE_CODEC
from .types.sentiment import SENTIMENT_CODEC
from .types.string_dictionary import STRING_DICTIONARY_CODEC

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

CREATE_DEFAULT_COPILOT_DATA_SOURCE_ENTITY = Operation(
    "CreateDefaultCopilotDataSourceEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/AI/CreateDefaultCopilotDataSourceEntity",
    results=(Param("response", "Response", COPILOT_DATA_SOURCE_ENTITY_CODEC, nillable=True),),
)
"""The ``CreateDefaultCopilotDataSourceEntity`` operation."""

SAVE_COPILOT_DATA_SOURCE_ENTITY = Operation(
    "SaveCopilotDataSourceEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/AI/SaveCopilotDataSourceEntity",
    params=(
        Param(
            "copilot_data_source_entity",
            "CopilotDataSourceEntity",
            COPILOT_DATA_SOURCE_ENTITY_CODEC,
            nillable=True,
        ),
    ),
    results=(Param("response", "Response", COPILOT_DATA_SOURCE_ENTITY_CODEC, nillable=True),),
)
"""The ``SaveCopilotDataSourceEntity`` operation."""

DELETE_COPILOT_DATA_SOURCE_ENTITY = Operation(
    "DeleteCopilotDataSourceEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/AI/DeleteCopilotDataSourceEntity",
    params=(Param("copilot_data_source_entity_id", "CopilotDataSourceEntityId", INT),),
)
"""The ``DeleteCopilotDataSourceEntity`` operation."""

CREATE_DEFAULT_COPILOT_ENTITY = Operation(
    "CreateDefaultCopilotEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/AI/CreateDefaultCopilotEntity",
    results=(Param("response", "Response", COPILOT_ENTITY_CODEC, nillable=True),),
)
"""The ``CreateDefaultCopilotEntity`` operation."""

SAVE_COPILOT_ENTITY = Operation(
    "SaveCopilotEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/AI/SaveCopilotEntity",
    params=(Param("copilot_entity", "CopilotEntity", COPILOT_ENTITY_CODEC, nillable=True),),
    results=(Param("response", "Response", COPILOT_ENTITY_CODEC, nillable=True),),
)
"""The ``SaveCopilotEntity`` operation."""

DELETE_COPILOT_ENTITY = Operation(
    "DeleteCopilotEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/AI/DeleteCopilotEntity",
    params=(Param("copilot_entity_id", "CopilotEntityId", INT),),
)
"""The ``DeleteCopilotEntity`` operation."""

SUMMARIZE_TEXT = Operation(
    "SummarizeText",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/AI/SummarizeText",
    params=(
        Param("text", "Text", STR, nillable=True),
        Param("percent_smaller", "PercentSmaller", INT),
        Param("iso_lang_code", "IsoLangCode", STR, nillable=True),
    ),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/AI/SummarizeText",
)
"""Generate a short summary of a text"""

EXPAND_TEXT = Operation(
    "ExpandText",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/AI/ExpandText",
    params=(
        Param("text", "Text", STR, nillable=True),
        Param("percent_bigger", "PercentBigger", INT),
        Param("iso_lang_code", "IsoLangCode", STR, nillable=True),
    ),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/AI/ExpandText",
)
"""Generate a longer version of a text"""

REPHRASE_TEXT = Operation(
    "RephraseText",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/AI/RephraseText",
    params=(
        Param("text", "Text", STR, nillable=True),
        Param("style", "Style", AI_TEXT_STYLE_CODEC),
        Param("iso_lang_code", "IsoLangCode", STR, nillable=True),
    ),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/AI/RephraseText",
)
"""Generate a new version of a text"""

CREATE_TEXT_FOR_APPOINTMENT = Operation(
    "CreateTextForAppointment",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/AI/CreateTextForAppointment",
    params=(
        Param("appointment", "Appointment", APPOINTMENT_ENTITY_CODEC, nillable=True),
        Param("iso_lang_code", "IsoLangCode", STR, nillable=True),
    ),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/AI/CreateTextForAppointment",
)
"""Generate agenda text for an appointment based on appointment's company category, title,
person, etc."""

ANALYZE_BIZ_CARD_IMAGE = Operation(
    "AnalyzeBizCardImage",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/AI/AnalyzeBizCardImage",
    params=(
        Param("image", "Image", BYTES, nillable=True),
        Param("merge_with_database", "MergeWithDatabase", BOOL),
    ),
    results=(Param("response", "Response", BIZ_CARD_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/AI/AnalyzeBizCardImage",
)
"""Returns contact and person information from an image."""

ANALYZE_BIZ_CARD_TEXT = Operation(
    "AnalyzeBizCardText",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/AI/AnalyzeBizCardText",
    params=(
        Param("text", "Text", STR, nillable=True),
        Param("merge_with_database", "MergeWithDatabase", BOOL),
    ),
    results=(Param("response", "Response", BIZ_CARD_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/AI/AnalyzeBizCardText",
)
"""Extract contact and person information from text."""

GET_TRAINING_STATUS = Operation(
    "GetTrainingStatus",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/AI/GetTrainingStatus",
    results=(Param("response", "Response", CATEGORIZATION_STATUS_RESPONSE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/AI/GetTrainingStatus",
)
"""Calling the HugoAI endpoint to fetch the current training status."""

GUESS_CATEGORY = Operation(
    "GuessCategory",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/AI/GuessCategory",
    params=(Param("ticket_id", "TicketId", INT),),
    results=(Param("response", "Response", INT),),
    rest_path="/api/v1/Agents/AI/GuessCategory",
)
"""Given a ticket's id, guess the ticket category it should be placed in."""

TRAIN_CATEGORY_GUESSER = Operation(
    "TrainCategoryGuesser",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/AI/TrainCategoryGuesser",
    params=(
        Param("selection_id", "SelectionId", INT),
        Param("max_items", "MaxItems", INT),
        Param("max_text_length", "MaxTextLength", INT),
    ),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/AI/TrainCategoryGuesser",
)
"""The category guesser training API will be called with an array of CategorizationTrainingItem
during the (background, Batch) execution of this call"""

GET_CHATBOT_RESPONSE = Operation(
    "GetChatbotResponse",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/AI/GetChatbotResponse",
    params=(
        Param("chat_id", "ChatId", STR, nillable=True),
        Param("iso_lang_code", "IsoLangCode", STR, nillable=True),
        Param("user_prompt", "UserPrompt", STR, nillable=True),
        Param("display_value", "DisplayValue", STR, nillable=True),
        Param("previous_turns", "PreviousTurns", LIST_OF_CHATBOT_TURN_CODEC, nillable=True),
        Param("api_url", "ApiUrl", STR, nillable=True),
    ),
    results=(Param("response", "Response", CHATBOT_TURN_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/AI/GetChatbotResponse",
)
"""Return a chatbot response given prompt and previous turns."""

GET_CHATBOT_PROMPT_SUGGESTIONS = Operation(
    "GetChatbotPromptSuggestions",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/AI/GetChatbotPromptSuggestions",
    params=(
        Param("iso_lang_code", "IsoLangCode", STR, nillable=True),
        Param("so_protocol", "SoProtocol", STR, nillable=True),
        Param("current_id", "CurrentId", INT),
    ),
    results=(Param("response", "Response", CHATBOT_TURN_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/AI/GetChatbotPromptSuggestions",
)
"""Return one or more suggested prompts as actions to display in an empty chat window"""

GET_CHATBOT_TURNS = Operation(
    "GetChatbotTurns",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/AI/GetChatbotTurns",
    params=(Param("chat_id", "ChatId", STR, nillable=True),),
    results=(Param("response", "Response", LIST_OF_CHATBOT_TURN_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/AI/GetChatbotTurns",
)
"""Returns stored history of chat messages for a given chat_id."""

CLEAR_CHATBOT_TURNS = Operation(
    "ClearChatbotTurns",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/AI/ClearChatbotTurns",
    params=(Param("chat_id", "ChatId", STR, nillable=True),),
    rest_path="/api/v1/Agents/AI/ClearChatbotTurns",
)
"""Clears the stored history of chat messages for a given chat_id."""

GET_COPILOT_DATA_SOURCE_ENTITY = Operation(
    "GetCopilotDataSourceEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/AI/GetCopilotDataSourceEntity",
    params=(Param("copilot_data_source_entity_id", "CopilotDataSourceEntityId", INT),),
    results=(Param("response", "Response", COPILOT_DATA_SOURCE_ENTITY_CODEC, nillable=True),),
)
"""The ``GetCopilotDataSourceEntity`` operation."""

GET_COPILOT_ENTITY = Operation(
    "GetCopilotEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/AI/GetCopilotEntity",
    params=(Param("copilot_entity_id", "CopilotEntityId", INT),),
    results=(Param("response", "Response", COPILOT_ENTITY_CODEC, nillable=True),),
)
"""The ``GetCopilotEntity`` operation."""

GET_FORM_DESIGN_FROM_IMAGE = Operation(
    "GetFormDesignFromImage",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/AI/GetFormDesignFromImage",
    params=(Param("image", "Image", BYTES, nillable=True),),
    results=(Param("response", "Response", STRING_DICTIONARY_CODEC, nillable=True),),
)
"""The ``GetFormDesignFromImage`` operation."""

GET_FORM_DESIGN_FROM_URL = Operation(
    "GetFormDesignFromUrl",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/AI/GetFormDesignFromUrl",
    params=(Param("url", "Url", STR, nillable=True),),
    results=(Param("response", "Response", STRING_DICTIONARY_CODEC, nillable=True),),
)
"""The ``GetFormDesignFromUrl`` operation."""

DETECT_LANGUAGE = Operation(
    "DetectLanguage",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/AI/DetectLanguage",
    params=(Param("text", "Text", STR, nillable=True),),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/AI/DetectLanguage",
)
"""Given a (reasonably short) text, detect the language it is written in"""

DETECT_SENTIMENT = Operation(
    "DetectSentiment",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/AI/DetectSentiment",
    params=(Param("text", "Text", STR, nillable=True),),
    results=(Param("response", "Response", SENTIMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/AI/DetectSentiment",
)
"""Detect the sentiment of a (reasonably short) text."""

TRANSLATE = Operation(
    "Translate",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/AI/Translate",
    params=(
        Param("text", "Text", STR, nillable=True),
        Param("target_language", "TargetLanguage", STR, nillable=True),
    ),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/AI/Translate",
)
"""Translate a text from one language to another."""

TRANSLATE_ENTITY = Operation(
    "TranslateEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/AI/TranslateEntity",
    params=(
        Param("entity_name", "EntityName", STR, nillable=True),
        Param("entity_id", "EntityId", INT),
        Param("target_language", "TargetLanguage", STR, nillable=True),
    ),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/AI/TranslateEntity",
)
"""Retrieve, format and translate text for an entity to a specified language"""

ANSWER = Operation(
    "Answer",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/AI/Answer",
    params=(
        Param("namespace_name", "NamespaceName", STR, nillable=True),
        Param("query", "Query", STR, nillable=True),
        Param("type", "Type", RAG_TYPE_CODEC),
        Param("top", "Top", INT),
    ),
    results=(Param("response", "Response", RAG_ANSWER_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/AI/Answer",
)
"""Returns an answer."""

ANSWER_FEEDBACK = Operation(
    "AnswerFeedback",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/AI/AnswerFeedback",
    params=(
        Param("tracking_id", "TrackingId", STR, nillable=True),
        Param("is_thumbs_up", "IsThumbsUp", BOOL),
    ),
    rest_path="/api/v1/Agents/AI/AnswerFeedback",
)
"""Send feedback on answer - feedback is logged and used to improve the answer algorithm."""

ANSWER_ACCEPTED = Operation(
    "AnswerAccepted",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/AI/AnswerAccepted",
    params=(Param("tracking_id", "TrackingId", STR, nillable=True),),
    rest_path="/api/v1/Agents/AI/AnswerAccepted",
)
"""Signal that answer was inserted into response- feedback is logged and used to improve the
answer algorithm."""

SEARCH = Operation(
    "Search",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/AI/Search",
    params=(
        Param("namespace_name", "NamespaceName", STR, nillable=True),
        Param("query", "Query", STR, nillable=True),
        Param("type", "Type", RAG_TYPE_CODEC),
        Param("top", "Top", INT),
    ),
    results=(Param("response", "Response", LIST_OF_RAG_RESULT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/AI/Search",
)
"""Returns semantic search results from vector database."""

START_RAG_INDEXING = Operation(
    "StartRagIndexing",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/AI/StartRagIndexing",
    params=(
        Param("namespace_name", "NamespaceName", STR, nillable=True),
        Param("source_id", "SourceId", STR, nillable=True),
    ),
    results=(Param("response", "Response", INT),),
    rest_path="/api/v1/Agents/AI/StartRagIndexing",
)
"""Kicks off a batch task to update the RAG index"""

SUMMARIZE_TICKET = Operation(
    "SummarizeTicket",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/AI/SummarizeTicket",
    params=(
        Param("ticket_id", "TicketId", INT),
        Param("num_sentences", "NumSentences", INT),
        Param("iso_lang_code", "IsoLangCode", STR, nillable=True),
    ),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/AI/SummarizeTicket",
)
"""Generate a short summary of the messages on a ticket"""

GET_SUMMARIZE_TICKET_PROMPT = Operation(
    "GetSummarizeTicketPrompt",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/AI/GetSummarizeTicketPrompt",
    params=(
        Param("ticket_id", "TicketId", INT),
        Param("num_sentences", "NumSentences", INT),
        Param("summary", "Summary", STR, nillable=True),
        Param("iso_lang_code", "IsoLangCode", STR, nillable=True),
    ),
    results=(Param("response", "Response", CHATBOT_TURN_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/AI/GetSummarizeTicketPrompt",
)
"""Return the prompt used to get a short summary of the messages on a ticket."""

SUMMARIZE_CONTACT = Operation(
    "SummarizeContact",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/AI/SummarizeContact",
    params=(
        Param("contact_id", "ContactId", INT),
        Param("num_sentences", "NumSentences", INT),
        Param("iso_lang_code", "IsoLangCode", STR, nillable=True),
    ),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/AI/SummarizeContact",
)
"""Generate a short summary of the activities on a contact"""

GET_SUMMARIZE_CONTACT_PROMPT = Operation(
    "GetSummarizeContactPrompt",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/AI/GetSummarizeContactPrompt",
    params=(
        Param("contact_id", "ContactId", INT),
        Param("num_sentences", "NumSentences", INT),
        Param("summary", "Summary", STR, nillable=True),
        Param("iso_lang_code", "IsoLangCode", STR, nillable=True),
    ),
    results=(Param("response", "Response", CHATBOT_TURN_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/AI/GetSummarizeContactPrompt",
)
"""Return the prompt used to get a short summary of the activities on a contact."""

SUMMARIZE_SALE = Operation(
    "SummarizeSale",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/AI/SummarizeSale",
    params=(
        Param("sale_id", "SaleId", INT),
        Param("num_sentences", "NumSentences", INT),
        Param("iso_lang_code", "IsoLangCode", STR, nillable=True),
    ),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/AI/SummarizeSale",
)
"""Generate a short summary of the activities on a sale"""

GET_SUMMARIZE_SALE_PROMPT = Operation(
    "GetSummarizeSalePrompt",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/AI/GetSummarizeSalePrompt",
    params=(
        Param("sale_id", "SaleId", INT),
        Param("num_sentences", "NumSentences", INT),
        Param("summary", "Summary", STR, nillable=True),
        Param("iso_lang_code", "IsoLangCode", STR, nillable=True),
    ),
    results=(Param("response", "Response", CHATBOT_TURN_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/AI/GetSummarizeSalePrompt",
)
"""Return the prompt used to get a short summary of the activities on a sale."""

OPERATIONS: dict[str, Operation] = {
    "CreateDefaultCopilotDataSourceEntity": CREATE_DEFAULT_COPILOT_DATA_SOURCE_ENTITY,
    "SaveCopilotDataSourceEntity": SAVE_COPILOT_DATA_SOURCE_ENTITY,
    "DeleteCopilotDataSourceEntity": DELETE_COPILOT_DATA_SOURCE_ENTITY,
    "CreateDefaultCopilotEntity": CREATE_DEFAULT_COPILOT_ENTITY,
    "SaveCopilotEntity": SAVE_COPILOT_ENTITY,
    "DeleteCopilotEntity": DELETE_COPILOT_ENTITY,
    "SummarizeText": SUMMARIZE_TEXT,
    "ExpandText": EXPAND_TEXT,
    "RephraseText": REPHRASE_TEXT,
    "CreateTextForAppointment": CREATE_TEXT_FOR_APPOINTMENT,
    "AnalyzeBizCardImage": ANALYZE_BIZ_CARD_IMAGE,
    "AnalyzeBizCardText": ANALYZE_BIZ_CARD_TEXT,
    "GetTrainingStatus": GET_TRAINING_STATUS,
    "GuessCategory": GUESS_CATEGORY,
    "TrainCategoryGuesser": TRAIN_CATEGORY_GUESSER,
    "GetChatbotResponse": GET_CHATBOT_RESPONSE,
    "GetChatbotPromptSuggestions": GET_CHATBOT_PROMPT_SUGGESTIONS,
    "GetChatbotTurns": GET_CHATBOT_TURNS,
    "ClearChatbotTurns": CLEAR_CHATBOT_TURNS,
    "GetCopilotDataSourceEntity": GET_COPILOT_DATA_SOURCE_ENTITY,
    "GetCopilotEntity": GET_COPILOT_ENTITY,
    "GetFormDesignFromImage": GET_FORM_DESIGN_FROM_IMAGE,
    "GetFormDesignFromUrl": GET_FORM_DESIGN_FROM_URL,
    "DetectLanguage": DETECT_LANGUAGE,
    "DetectSentiment": DETECT_SENTIMENT,
    "Translate": TRANSLATE,
    "TranslateEntity": TRANSLATE_ENTITY,
    "Answer": ANSWER,
    "AnswerFeedback": ANSWER_FEEDBACK,
    "AnswerAccepted": ANSWER_ACCEPTED,
    "Search": SEARCH,
    "StartRagIndexing": START_RAG_INDEXING,
    "SummarizeTicket": SUMMARIZE_TICKET,
    "GetSummarizeTicketPrompt": GET_SUMMARIZE_TICKET_PROMPT,
    "SummarizeContact": SUMMARIZE_CONTACT,
    "GetSummarizeContactPrompt": GET_SUMMARIZE_CONTACT_PROMPT,
    "SummarizeSale": SUMMARIZE_SALE,
    "GetSummarizeSalePrompt": GET_SUMMARIZE_SALE_PROMPT,
}
