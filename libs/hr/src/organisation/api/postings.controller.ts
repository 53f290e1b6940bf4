import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Access } from '@ringi/auth';
import { IdPipe } from '@ringi/platform';
import { PostingsService } from '../postings.service';
import { CreatePostingDto, PostingQuery, UpdatePostingDto } from './postings.dto';

@ApiTags('org: postings')
@Controller('api/org/postings')
export class PostingsController {
  constructor(private readonly postings: PostingsService) {}

  @Get()
  @Access('business', 'org.read')
  list(@Query() query: PostingQuery) {
    return this.postings.list(query);
  }

  @Get(':id')
  @Access('business', 'org.read')
  get(@Param('id', IdPipe) id: number) {
    return this.postings.get(id);
  }

  @Post()
  @Access('admin', 'org.manage')
  create(@Body() body: CreatePostingDto) {
    return this.postings.create(body);
  }

  @Patch(':id')
  @Access('admin', 'org.manage')
  update(@Param('id', IdPipe) id: number, @Body() body: UpdatePostingDto) {
    return this.postings.update(id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @Access('admin', 'org.manage')
  async remove(@Param('id', IdPipe) id: number) {
    await this.postings.remove(id);
  }
}
