import { AppError } from '../../platform/errors.ts';

/** Thrown when a live-chat thread does not exist in the province or was never handed to an officer. */
export class ChatThreadNotFoundError extends AppError {
  constructor() {
    super('CHAT.THREAD_NOT_FOUND', 'No such conversation');
  }
}

/** Thrown when an officer replies to a conversation that is closed. */
export class ChatThreadClosedError extends AppError {
  constructor() {
    super('CHAT.THREAD_CLOSED', 'The conversation is closed');
  }
}
